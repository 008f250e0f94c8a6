package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;

/** {@code cxgate check} with {@code --org}, {@code --live}, {@code simulation: live} and {@code --no-simulation}. */
class CheckSimulationCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = Fixtures.repo("examples/plans/skill-rename.json").toString();
    private static final String SNAPSHOT = Fixtures.repo("examples/orgs/prod-snapshot.json").toString();
    private static final Map<String, String> CREDENTIALS = Map.of(
            "GC_PROD_CLIENT_ID", OrgEmulator.CLIENT_ID, "GC_PROD_CLIENT_SECRET", OrgEmulator.CLIENT_SECRET);

    @TempDir
    Path dir;

    private OrgEmulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private OrgEmulator emulator() {
        emulator = new OrgEmulator(OrgSnapshot.read(Path.of(SNAPSHOT)));
        return emulator;
    }

    /** A config whose prod environment names its credential variables; {@code extra} is added to prod. */
    private Path config(String extra) throws IOException {
        return Files.writeString(dir.resolve("cxgate.yaml"), "environments:\n"
                + "  prod:\n"
                + "    region: eu-west-2\n"
                + "    protected: true\n"
                + "    credentials: {clientIdEnv: GC_PROD_CLIENT_ID, clientSecretEnv: GC_PROD_CLIENT_SECRET}\n"
                + extra);
    }

    private static List<String> codes(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.path("findings").forEach(f -> out.add(f.path("code").asText()));
        return out;
    }

    private static final List<String> EXPECTED = List.of("DELETE_IN_USE", "DELETE_IN_USE", "DELETE_IN_USE",
            "REPLACE_CHANGES_ID", "REPLACE_CHANGES_ID", "REPLACE_CHANGES_ID", "OUT_OF_BAND_CHANGE");

    @Test
    void checkAgainstASnapshotReportsFindingsInEveryFormat() throws IOException {
        CliRun json = CliRun.of("check", "--plan", PLAN, "--env", "prod", "--org", SNAPSHOT, "--format", "json");

        assertEquals(0, json.exitCode(), json.err());
        JsonNode report = JSON.readTree(json.out());
        assertEquals("snapshot", report.path("simulation").path("source").asText());
        assertEquals(0, report.path("simulation").path("requests").asInt());
        assertEquals(EXPECTED, codes(report));
        JsonNode first = report.path("findings").get(0);
        assertEquals("module.queues.genesyscloud_routing_queue.spanish_legacy", first.path("address").asText());
        assertEquals("genesyscloud_flow", first.path("object").path("resourceType").asText());
        assertEquals("INBOUNDEMAILFLOW", first.path("object").path("apiType").asText());
        assertEquals("Spanish Email", first.path("object").path("name").asText());

        CliRun text = CliRun.of("check", "--plan", PLAN, "--env", "prod", "--org", SNAPSHOT);
        assertTrue(text.out().contains("Live org findings"), text.out());
        assertTrue(text.out().contains("REPLACE_CHANGES_ID"), text.out());
        CliRun markdown = CliRun.of("check", "--plan", PLAN, "--env", "prod", "--org", SNAPSHOT, "--format", "markdown");
        assertTrue(markdown.out().contains("| error | `DELETE_IN_USE` |"), markdown.out());
    }

    @Test
    void checkLiveGoesThroughTheApiWithTheEnvironmentsCredentials() throws IOException {
        OrgEmulator org = emulator();
        Path config = config("");

        CliRun run = CliRun.withEnvironment(CREDENTIALS, "check", "--plan", PLAN, "--env", "prod", "--config",
                config.toString(), "--live", "--api-base-url", org.baseUrl(), "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals("live", report.path("simulation").path("source").asText());
        // + the skill groups (issue 15 item 2: skill groups naming the replaced skill in their skill conditions)
        assertEquals(10, report.path("simulation").path("requests").asInt());
        assertEquals(10, org.requests());
        assertEquals(EXPECTED, codes(report));
        assertFalse(run.out().contains(OrgEmulator.CLIENT_SECRET));
    }

    @Test
    void simulationLiveInTheConfigIsTheDefaultAndNoSimulationTurnsItOff() throws IOException {
        OrgEmulator org = emulator();
        Path config = config("    simulation: live\n    apiBaseUrl: " + org.baseUrl() + "\n");

        CliRun byDefault = CliRun.withEnvironment(CREDENTIALS, "check", "--plan", PLAN, "--env", "prod", "--config",
                config.toString(), "--format", "json");
        assertEquals(0, byDefault.exitCode(), byDefault.err());
        assertEquals("live", JSON.readTree(byDefault.out()).path("simulation").path("source").asText());
        assertEquals(EXPECTED, codes(JSON.readTree(byDefault.out())));

        int before = org.requests();
        CliRun off = CliRun.withEnvironment(CREDENTIALS, "check", "--plan", PLAN, "--env", "prod", "--config",
                config.toString(), "--no-simulation", "--format", "json");
        assertEquals(0, off.exitCode(), off.err());
        JsonNode report = JSON.readTree(off.out());
        assertEquals("none", report.path("simulation").path("source").asText());
        assertEquals(List.of(), codes(report));
        assertEquals(before, org.requests(), "no request without simulation");

        CliRun snapshot = CliRun.withEnvironment(Map.of(), "check", "--plan", PLAN, "--env", "prod", "--config",
                config.toString(), "--org", SNAPSHOT, "--format", "json");
        assertEquals("snapshot", JSON.readTree(snapshot.out()).path("simulation").path("source").asText());
    }

    @Test
    void withoutAnyChoiceThereIsNoSimulation() throws IOException {
        CliRun run = CliRun.of("check", "--plan", PLAN, "--env", "prod", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("none", JSON.readTree(run.out()).path("simulation").path("source").asText());
    }

    @Test
    void liveWithoutCredentialsIsInvalidInputNamingTheVariable() throws IOException {
        Path config = config("");

        CliRun run = CliRun.withEnvironment(Map.of("GC_PROD_CLIENT_ID", "x"), "check", "--plan", PLAN, "--env", "prod",
                "--config", config.toString(), "--live");

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("environment variable GC_PROD_CLIENT_SECRET is not set (environments.prod.credentials.clientSecretEnv in cxgate.yaml)"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnreachableOrgIsARuntimeFailure() throws IOException {
        OrgEmulator org = emulator();
        org.denyPermission("/api/v2/users", "directory:user:view");
        Path config = config("");

        CliRun run = CliRun.withEnvironment(CREDENTIALS, "check", "--plan", PLAN, "--env", "prod", "--config",
                config.toString(), "--live", "--api-base-url", org.baseUrl());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("cxgate: live-org check of environment 'prod': list genesyscloud_user: GET"
                + " /api/v2/users: 403 missing.permissions"), run.err());
    }

    @Test
    void aBrokenSnapshotIsInvalidInput() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1}");

        CliRun run = CliRun.of("check", "--plan", PLAN, "--env", "prod", "--org", broken.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("org snapshot " + broken), run.err());
    }

    @Test
    void flowFilesAreReadRelativeToDir() throws IOException {
        CliRun run = CliRun.of("check", "--plan", Fixtures.repo("examples/plans/release.json").toString(), "--env",
                "prod", "--org", SNAPSHOT, "--dir", Fixtures.repo("examples").toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), codes(JSON.readTree(run.out())));

        CliRun elsewhere = CliRun.of("check", "--plan", Fixtures.repo("examples/plans/release.json").toString(), "--env",
                "prod", "--org", SNAPSHOT, "--dir", dir.toString(), "--format", "json");
        JsonNode report = JSON.readTree(elsewhere.out());
        assertEquals(List.of("FLOW_FILE_UNAVAILABLE"), codes(report));
        assertEquals("warning", report.path("findings").get(0).path("severity").asText());
    }

    @Test
    void maskPatternsApplyToFindingsToo() throws IOException {
        Path config = Files.writeString(dir.resolve("cxgate.yaml"), "maskPatterns: [\"Lucia \\\\w+\"]\n"
                + "environments:\n  prod: {region: eu-west-2}\n");

        CliRun run = CliRun.of("check", "--plan", PLAN, "--env", "prod", "--config", config.toString(), "--org",
                SNAPSHOT, "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("Lucia Romero"), run.out());
        assertTrue(run.out().contains("(sensitive), Marco Diaz"), run.out());
    }
}
