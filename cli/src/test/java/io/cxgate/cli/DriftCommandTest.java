package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.testing.CliRun;
import io.cxgate.testing.TerraformWorkspace;

/** {@code cxgate drift} on the command line: exit 5 with drift, 0 without, the report where --out says. */
class DriftCommandTest {
    @TempDir
    Path tmp;

    @Test
    void driftExitsFiveAndWritesTheJsonReportAndTheStepSummary() throws Exception {
        TerraformWorkspace ws = TerraformWorkspace.create(tmp);
        ws.terraform().showing(Path.of("src/test/resources/drift/genesys-refresh-only.json")).install();
        Map<String, String> env = new HashMap<>(ws.environment());
        Path summary = tmp.resolve("summary.md");
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        Path out = tmp.resolve("drift.json");

        CliRun run = CliRun.withEnvironment(env, "drift", "--env", "uat", "--config", ws.config().toString(),
                "--no-simulation", "--format", "json", "--out", out.toString());

        assertEquals(5, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        assertEquals(1, report.path("summary").path("drift").asInt());
        assertEquals("module.queues.genesyscloud_routing_queue.support", report.path("drift").get(0).path("address").asText());
        assertTrue(run.err().contains("1 object(s) drifted in uat; recorded drift-check-1"), run.err());
        assertTrue(Files.readString(summary).contains("Drift"), "the Markdown report is in the step summary");
        assertFalse(run.err().contains(TerraformWorkspace.UAT_CLIENT_SECRET));
    }

    @Test
    void noDriftExitsZero() throws Exception {
        TerraformWorkspace ws = TerraformWorkspace.create(tmp);
        Path clean = tmp.resolve("clean.json");
        Files.writeString(clean, Files.readString(Path.of("src/test/resources/drift/genesys-refresh-only.json"))
                .replaceFirst("\"resource_drift\": \\[", "\"resource_drift\": [], \"ignored_drift\": ["));
        ws.terraform().showing(clean).install();

        CliRun run = CliRun.withEnvironment(ws.environment(), "drift", "--env", "uat", "--config",
                ws.config().toString(), "--no-simulation");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("no drift in uat"), run.err());
    }
}
