package io.cxgate.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.cxgate.console.Progress;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.testing.Fixtures;

/** What a live check says on stderr while it waits for the Platform API. */
class LiveCheckProgressTest {
    private static final Path PLAN = Fixtures.repo("examples/plans/skill-rename.json");
    private static final Path SNAPSHOT = Fixtures.repo("examples/orgs/prod-snapshot.json");
    private static final Map<String, String> CREDENTIALS = Map.of(
            "GENESYSCLOUD_OAUTHCLIENT_ID", OrgEmulator.CLIENT_ID,
            "GENESYSCLOUD_OAUTHCLIENT_SECRET", OrgEmulator.CLIENT_SECRET,
            "GENESYSCLOUD_REGION", "us-east-1");

    private static CheckRequest live(OrgEmulator org) {
        return new CheckRequest(PLAN, "prod", Optional.empty(), Path.of("."), Optional.empty(), Optional.empty(),
                SimulationChoice.live(), Optional.of(org.baseUrl()), Optional.empty());
    }

    @Test
    void aSlowLiveCheckPrintsHeartbeatsWithTheRequestsSoFar() {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (OrgEmulator org = new OrgEmulator(OrgSnapshot.read(SNAPSHOT)).latency(Duration.ofMillis(300))) {
            new CheckService(ResourceCatalog.bundled(), CREDENTIALS)
                    .withProgress(new Progress(lines::add, false, Duration.ofMillis(200)))
                    .check(live(org));
        }

        assertTrue(!lines.isEmpty(), "no heartbeat");
        for (String line : lines) {
            assertTrue(line.matches("cxgate: live-org check of environment 'prod': waiting for the Platform API"
                    + " \\(\\d+ s, \\d+ requests so far\\)"), line);
        }
    }

    @Test
    void aQuickLiveCheckPrintsNothingAndVerboseAddsOneLinePerRequest() {
        List<String> quiet = new CopyOnWriteArrayList<>();
        List<String> verbose = new CopyOnWriteArrayList<>();
        try (OrgEmulator org = new OrgEmulator(OrgSnapshot.read(SNAPSHOT))) {
            CheckService service = new CheckService(ResourceCatalog.bundled(), CREDENTIALS);
            service.withProgress(new Progress(quiet::add, false, Duration.ofSeconds(30))).check(live(org));
            int first = org.requests();
            service.withProgress(new Progress(verbose::add, true, Duration.ofSeconds(30))).check(live(org));

            assertEquals(List.of(), quiet);
            assertEquals(org.requests() - first, verbose.size(), verbose.toString());
            assertTrue(verbose.stream().allMatch(l -> l.matches("api: (GET|POST) /\\S+ \\d{3} \\(\\d+ ms.*\\)")),
                    verbose.toString());
        }
    }
}
