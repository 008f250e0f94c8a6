package io.cxgate.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.bundle.Bundle;
import io.cxgate.check.SimulationChoice;
import io.cxgate.terraform.CommonsExecTerraformRunner;
import io.cxgate.testing.TerraformWorkspace;

/** The digests of whole {@code cxgate plan} runs: what moves them and what does not. */
class PlanBundleDigestsTest {
    @TempDir
    Path tmp;

    private TerraformWorkspace ws;
    private int runs;

    @BeforeEach
    void setUp() {
        ws = TerraformWorkspace.create(tmp.resolve("one"));
        ws.terraform().install();
    }

    private Bundle plan(TerraformWorkspace workspace, String env) {
        PlanService service = new PlanService(workspace.environment(),
                binary -> new CommonsExecTerraformRunner(binary, new PrintWriter(new StringWriter(), true),
                        Duration.ofSeconds(5), Duration.ofMillis(200)),
                Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));
        Path out = tmp.resolve("bundles/" + env + "-" + runs++);
        return service.plan(new PlanRequest(env, Optional.of(workspace.config()), workspace.dir(), Optional.of(out),
                SimulationChoice.fromConfig(), Optional.empty(), Optional.empty())).bundle();
    }

    private Bundle plan(String env) {
        return plan(ws, env);
    }

    @Test
    void theSameInputsGiveTheSameDigests() {
        Bundle first = plan("dev");
        Bundle second = plan("dev");

        assertEquals(first.artifactDigest(), second.artifactDigest());
        assertEquals(first.inputsDigest(), second.inputsDigest());
        assertEquals(first.planDigest(), second.planDigest());
        assertEquals(first.files().get(Bundle.PLAN_JSON), second.files().get(Bundle.PLAN_JSON));
        assertEquals(first.files().get(Bundle.REPORT_JSON), second.files().get(Bundle.REPORT_JSON));
    }

    @Test
    void devAndUatShareTheArtifactDigestButNotTheInputsOrPlanDigest() {
        Bundle dev = plan("dev");
        Bundle uat = plan("uat");

        assertEquals(dev.artifactDigest(), uat.artifactDigest(), "the artifact is what gets promoted");
        assertNotEquals(dev.inputsDigest(), uat.inputsDigest());
        assertNotEquals(dev.planDigest(), uat.planDigest());
    }

    @Test
    void anUnrelatedFileChangesNoDigest() {
        Bundle before = plan("dev");
        ws.write("README.md", "# rewritten\n");
        ws.write("docs/runbook.md", "call the on-call\n");
        ws.write("envs/prod.tfvars", "crm_password = \"prod\"\n");

        Bundle after = plan("dev");

        assertEquals(before.artifactDigest(), after.artifactDigest());
        assertEquals(before.inputsDigest(), after.inputsDigest());
    }

    @Test
    void aTfvarsValueChangesTheInputsDigestButNotTheArtifactDigest() {
        Bundle before = plan("dev");
        ws.write("envs/dev.tfvars", "crm_password = \"rotated\"\nqueue_prefix = \"DEV \"\n");

        Bundle after = plan("dev");

        assertEquals(before.artifactDigest(), after.artifactDigest());
        assertNotEquals(before.inputsDigest(), after.inputsDigest());
        assertNotEquals(before.planDigest(), after.planDigest(), "the stand-in's planfile follows its var files");
    }

    @Test
    void aTfFileChangeChangesTheArtifactDigest() {
        Bundle before = plan("dev");
        ws.write("modules/queues/main.tf", "resource \"genesyscloud_routing_queue\" \"sales\" {}\n");

        Bundle after = plan("dev");

        assertNotEquals(before.artifactDigest(), after.artifactDigest());
        assertEquals(before.inputsDigest(), after.inputsDigest());
    }

    @Test
    void aReferencedFlowChangeChangesTheArtifactDigest() throws IOException {
        Bundle before = plan("dev");
        ws.write("flows/inqueue_sales.yaml", Files.readString(ws.path("flows/inqueue_sales.yaml")).replace("Sales", "Sales EMEA"));

        Bundle after = plan("dev");

        assertNotEquals(before.artifactDigest(), after.artifactDigest());
    }

    @Test
    void aSecondCheckoutWithFilesCreatedInReverseOrderHasTheSameArtifactDigest() throws IOException {
        TerraformWorkspace other = TerraformWorkspace.create(tmp.resolve("two/elsewhere"));
        other.terraform().install();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ws.dir())) {
            walk.filter(Files::isRegularFile).filter(p -> !ws.dir().relativize(p).startsWith(".cxgate")).forEach(files::add);
        }
        // re-create every file of the second checkout, newest first, so directory listings differ
        try (Stream<Path> walk = Files.walk(other.dir())) {
            walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(other.dir())).forEach(p -> p.toFile().delete());
        }
        files.sort(Comparator.reverseOrder());
        for (Path file : files) {
            String relative = ws.dir().relativize(file).toString();
            if (!relative.equals("cxgate.yaml")) {
                other.copy(file, relative);
            }
        }
        other.writeConfig("");

        assertEquals(plan("dev").artifactDigest(), plan(other, "dev").artifactDigest());
        assertEquals(plan("uat").inputsDigest(), plan(other, "uat").inputsDigest());
    }
}
