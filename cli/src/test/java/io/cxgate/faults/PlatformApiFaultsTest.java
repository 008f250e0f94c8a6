package io.cxgate.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.emulator.Fault;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.Fixtures;

/**
 * Platform API faults through the real command line ({@code org export} and {@code check --live}, the org emulator
 * behind {@code --api-base-url}): what recovers, recovers with the same result as a clean run; what does not is exit 1
 * with one stderr line that says what failed, and no output file is left behind, half-written or not.
 */
class PlatformApiFaultsTest {
    private static final Path SNAPSHOT = Fixtures.repo("examples/orgs/prod-snapshot.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUEUES = "/api/v2/routing/queues";
    private static final Map<String, String> CREDENTIALS = Map.of(
            "GENESYSCLOUD_OAUTHCLIENT_ID", OrgEmulator.CLIENT_ID,
            "GENESYSCLOUD_OAUTHCLIENT_SECRET", OrgEmulator.CLIENT_SECRET,
            "GENESYSCLOUD_REGION", "us-east-1");

    @TempDir
    Path dir;
    private OrgEmulator org;

    @AfterEach
    void stop() {
        if (org != null) {
            org.close();
        }
    }

    private CliRun export(Path out) {
        try {
            Files.createDirectories(out.getParent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return CliRun.withEnvironment(CREDENTIALS, "org", "export", "--env", "prod", "--types",
                "routing_queue,routing_skill", "--api-base-url", org.baseUrl(), "--out", out.toString());
    }

    private void assertExportedEverything(CliRun run, Path out) {
        assertEquals(0, run.exitCode(), run.err());
        OrgSnapshot exported = OrgSnapshot.read(out);
        assertEquals(5 + 6, exported.objects().size(), "5 queues and 6 skills, as without the fault");
        // the export adds each queue's members and wrap-up codes, which the example snapshot predates
        assertEquals(OrgSnapshot.read(SNAPSHOT).objects().stream()
                .filter(o -> List.of("genesyscloud_routing_queue", "genesyscloud_routing_skill").contains(o.resourceType()))
                .toList(), exported.objects().stream().map(PlatformApiFaultsTest::withoutQueueExtras).toList());
    }

    private static io.cxgate.genesys.source.OrgObject withoutQueueExtras(io.cxgate.genesys.source.OrgObject o) {
        Map<String, Object> attributes = new java.util.LinkedHashMap<>(o.attributes());
        attributes.remove("memberIds");
        attributes.remove("wrapupCodeIds");
        return o.withAttributes(attributes);
    }

    /**
     * Org export's progress: a line per type ({@code cxgate: org export: routing_queue: 5 objects (…)}) and the
     * heartbeat while the API is slow ({@code cxgate: org export: waiting for the Platform API (5 s, …)}).
     */
    private static final java.util.regex.Pattern PROGRESS = java.util.regex.Pattern.compile(
            "^cxgate: org export: ([a-z_]+: \\d+ objects? |waiting for the Platform API )\\(.*");

    private void assertOneLineFailure(CliRun run, Path out, String... fragments) throws IOException {
        assertEquals(1, run.exitCode(), run.err());
        List<String> cxgateLines = Stream.of(run.errLines()).filter(l -> !PROGRESS.matcher(l).matches()).toList();
        assertEquals(1, cxgateLines.size(), run.err());
        for (String fragment : fragments) {
            assertTrue(cxgateLines.get(0).contains(fragment), cxgateLines.get(0));
        }
        assertFalse(run.err().contains(OrgEmulator.CLIENT_SECRET), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertFalse(Files.exists(out), "no snapshot is written");
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains("export")).toList(),
                    "no temporary file is left behind");
        }
    }

    private OrgEmulator emulator() {
        org = new OrgEmulator(OrgSnapshot.read(SNAPSHOT));
        return org;
    }

    @Test
    void aStormOf429sIsWaitedOutAndTheExportIsComplete() {
        emulator().fail("/api/v2/", 4, Fault.rateLimited(1));
        Path out = dir.resolve("export.json");
        CliRun run = export(out);
        assertExportedEverything(run, out);
        assertEquals(1 + 4 + 2 + 5 + 5 + 1, org.requests(),
                "token, 4 answered 429, one page of each type, the 5 queues' members and wrap-up codes, the queues' division view");
    }

    @Test
    void a429StormThatOutlastsTheAttemptsIsExitOneNamingTheLimit() throws IOException {
        emulator().fail(QUEUES, 1000, Fault.rateLimited(1));
        Path out = dir.resolve("export.json");
        assertOneLineFailure(export(out), out, QUEUES, "429");
    }

    @Test
    void serverErrorsAreRetriedAndPersistentOnesAreExitOne() throws IOException {
        emulator().fail(QUEUES, 2, Fault.status(503));
        Path out = dir.resolve("export.json");
        assertExportedEverything(export(out), out);

        org.close();
        emulator().fail(QUEUES, 1000, Fault.status(502));
        Path failed = dir.resolve("failed/export.json");
        assertOneLineFailure(export(failed), failed, QUEUES, "502");
    }

    @Test
    void aConnectionResetHalfWayThroughABodyIsRetriedNeverParsedAsAPage() throws IOException {
        emulator().fail(QUEUES, 2, Fault.resetMidBody());
        Path out = dir.resolve("export.json");
        assertExportedEverything(export(out), out);
        assertEquals(3, org.requests(QUEUES), "two cut-off answers, then a whole one");

        org.close();
        emulator().fail(QUEUES, 1000, Fault.resetMidBody());
        Path failed = dir.resolve("failed/export.json");
        assertOneLineFailure(export(failed), failed, QUEUES);
    }

    @Test
    void aTokenThatExpiresMidRunIsRenewedOnce() {
        emulator().fail("/api/v2/routing/skills", 1, Fault.expireTokens());
        Path out = dir.resolve("export.json");
        assertExportedEverything(export(out), out);
        assertEquals(2, org.tokensIssued(), "one token at the start, one more after the expiry");
    }

    @Test
    void aMissingPermissionIsExitOneNamingThePermission() throws IOException {
        emulator().denyPermission(QUEUES, "routing:queue:view");
        Path out = dir.resolve("export.json");
        assertOneLineFailure(export(out), out, "routing:queue:view");
    }

    @Test
    void aLiveCheckUnderA429StormAndAnExpiredTokenGivesTheSameFindingsAsAQuietOrg() throws IOException {
        String plan = Fixtures.repo("examples/plans/skill-rename.json").toString();
        org = emulator();
        CliRun quiet = CliRun.withEnvironment(CREDENTIALS, "check", "--plan", plan, "--env", "prod", "--live",
                "--api-base-url", org.baseUrl(), "--format", "json");
        org.close();
        emulator().fail("/api/v2/", 3, Fault.rateLimited(1)).fail("/api/v2/users", 1, Fault.expireTokens())
                .fail("/api/v2/routing/skills", 1, Fault.resetMidBody()).fail("/api/v2/flows", 1, Fault.status(503));
        CliRun stormy = CliRun.withEnvironment(CREDENTIALS, "check", "--plan", plan, "--env", "prod", "--live",
                "--api-base-url", org.baseUrl(), "--format", "json");
        assertEquals(quiet.exitCode(), stormy.exitCode(), stormy.err());
        JsonNode calm = JSON.readTree(quiet.out());
        JsonNode storm = JSON.readTree(stormy.out());
        assertEquals(7, calm.path("findings").size(), quiet.out());
        for (String field : List.of("findings", "summary", "decision", "changes")) {
            assertEquals(calm.path(field), storm.path(field), field);
        }
        assertTrue(storm.path("simulation").path("requests").asInt() > calm.path("simulation").path("requests").asInt(),
                "the retries are counted");
    }
}
