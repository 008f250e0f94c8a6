package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;

class PolicyTestCommandTest {
    @TempDir
    Path dir;

    private static String bundle() {
        return Fixtures.repo("policies").toString();
    }

    private Path failingCopy() throws IOException {
        Path copy = dir.resolve("policies");
        try (var files = Files.walk(Fixtures.repo("policies"))) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(Fixtures.repo("policies").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path tests = copy.resolve("tests/org-singletons.yaml");
        Files.writeString(tests, Files.readString(tests).replace("{outcome: deny, fired: [home-division-delete]}",
                "{outcome: allow, fired: []}"));
        return copy;
    }

    @Test
    void theDefaultBundlePassesWithExitZero() {
        CliRun run = CliRun.of("policy", "test", bundle());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("Every rule fires in at least one case."), run.out());
        assertTrue(run.out().matches("(?s).*\\n\\d+ cases in .*policies: (\\d+) passed, 0 failed\\n"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aFailingCaseIsExitSix() throws IOException {
        CliRun run = CliRun.of("policy", "test", failingCopy().toString());
        assertEquals(6, run.exitCode(), run.err());
        assertTrue(run.out().contains("FAIL  org-singletons / replacing the home division is denied even in dev\n"), run.out());
        assertTrue(run.out().contains("      got      deny, fired [home-division-delete]\n"), run.out());
    }

    @Test
    void junitGoesToTheOutFile() throws IOException {
        Path out = dir.resolve("reports/policy-tests.xml");
        CliRun run = CliRun.of("policy", "test", failingCopy().toString(), "--format", "junit", "--out", out.toString());
        assertEquals(6, run.exitCode(), run.err());
        assertEquals("", run.out());
        String xml = Files.readString(out);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cxgate policy test\""), xml);
        assertTrue(xml.contains("failures=\"1\""), xml);
    }

    @Test
    void aBrokenPolicyFileIsExitTwoWithOneLine() throws IOException {
        Path policies = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(policies.resolve("p.yaml"), "apiVersion: cxgate/v1\nkind: Policy\nname: p\nrules:\n"
                + "  - name: r\n    condition: env.protectd\n    effect: deny\n");
        CliRun run = CliRun.of("policy", "test", policies.toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("cxgate: " + policies + "/p.yaml: line 6, column 16: rules[0].condition: CEL: "
                + "undefined field 'protectd'"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aFormatPolicyTestDoesNotWriteIsExitTwo() {
        CliRun run = CliRun.of("policy", "test", bundle(), "--format", "sarif");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--format sarif: policy test writes text or junit"), run.err());
    }

    @Test
    void policyWithoutASubcommandIsAUsageError() {
        CliRun run = CliRun.of("policy");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing subcommand"), run.err());
    }

    @Test
    void theRootHelpListsPolicy() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("policy"), run.out());
    }
}
