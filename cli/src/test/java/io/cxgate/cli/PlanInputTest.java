package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.files.Digests;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;

/** Plans from a pipe, and wrong inputs that get a hint saying what they are and what to pass instead. */
class PlanInputTest {
    @TempDir
    Path dir;

    private static Path release() {
        return Fixtures.repo("examples/plans/release.json");
    }

    private static void assertOneLine(CliRun run, String fragment) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains(fragment), run.err());
        assertEquals("", run.out());
    }

    private static String digestIn(CliRun run) throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out()).path("plan").path("digest").asText();
    }

    @Test
    void aPlanOnStandardInputIsReadOnceWithTheDigestOfItsBytes() throws IOException {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(release())));
            CliRun run = CliRun.of("check", "--plan", "-", "--env", "dev", "--format", "json");
            assertEquals(Digests.ofFile(release()), digestIn(run));
            assertEquals(digestIn(CliRun.of("check", "--plan", release().toString(), "--env", "dev", "--format", "json")),
                    digestIn(run));
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aPlanFromANamedPipeOrProcessSubstitutionIsRead() throws Exception {
        Path fifo = dir.resolve("plan.fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo not available: " + e.getMessage());
            return;
        }
        assertEquals(0, mkfifo.waitFor());
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                Files.copy(release(), out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRun run = CliRun.of("check", "--plan", fifo.toString(), "--env", "dev", "--format", "json");
        writer.join();
        assertEquals(Digests.ofFile(release()), digestIn(run));
    }

    @Test
    void terraformsStreamingLogIsNamedWithWhatToRunInstead() throws IOException {
        Path log = Files.writeString(dir.resolve("plan.jsonl"), String.join("\n", List.of(
                "{\"@level\":\"info\",\"@message\":\"Terraform 1.9.8\",\"@module\":\"terraform.ui\",\"type\":\"version\"}",
                "{\"@level\":\"info\",\"@message\":\"Plan: 1 to add\",\"type\":\"change_summary\"}")) + "\n");
        assertOneLine(CliRun.of("check", "--plan", log.toString(), "--env", "dev"), "plan.jsonl: this is terraform's"
                + " streaming log (`terraform plan -json`, one JSON message per line), not a plan; run `terraform plan"
                + " -out=PLANFILE`, then pass the output of `terraform show -json PLANFILE`");
    }

    @Test
    void aPlanGivenToOrgIsNamedAsAPlan() {
        assertOneLine(CliRun.of("check", "--plan", release().toString(), "--env", "dev", "--org", release().toString()),
                "release.json: this is a Terraform plan or state, not an org snapshot; pass a plan with --plan,"
                        + " and to --org the output of `cxgate org export`");
    }

    @Test
    void anOutThatIsADirectoryIsRefusedBeforeAnyWork() throws IOException {
        Path out = Files.createDirectories(dir.resolve("reports"));
        // the plan does not even exist: the refusal comes first
        assertOneLine(CliRun.of("check", "--plan", dir.resolve("missing.json").toString(), "--env", "dev",
                "--out", out.toString(), "--format", "json"),
                "--out " + out + ": is a directory; --out names the report file (e.g. " + out.resolve("report.json") + ")");
    }

    @Test
    void aMissingDirIsAnErrorWhenThePlansFlowsMustBeRead() {
        Path missing = dir.resolve("no-such-module");
        assertOneLine(CliRun.of("check", "--plan", release().toString(), "--env", "prod", "--dir", missing.toString(),
                "--org", Fixtures.repo("examples/orgs/prod-snapshot.json").toString()),
                "--dir " + missing + ": no such directory; the flow files the plan's genesyscloud_flow resources name"
                        + " are read relative to it (pass the root module with --dir)");
        CliRun noFlowsRead = CliRun.of("check", "--plan", release().toString(), "--env", "dev", "--dir",
                missing.toString());
        assertEquals(0, noFlowsRead.exitCode(), "without an org check no flow file is read: " + noFlowsRead.err());
    }
}
