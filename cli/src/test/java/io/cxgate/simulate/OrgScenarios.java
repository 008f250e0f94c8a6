package io.cxgate.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.genesys.source.SnapshotOrgSource;
import io.cxgate.plan.Plan;

/**
 * Runs one scenario both ways: against the org in the emulator through the real API client, and
 * from a snapshot exported from that emulator with {@code org export}'s code path. The two must
 * agree finding for finding; the live result is returned.
 */
final class OrgScenarios {
    private OrgScenarios() {
    }

    /** Every org has its Home division; flow files name it. */
    static final String HOME_DIVISION_ID = "d1000000-0000-4000-8000-000000000001";

    static io.cxgate.genesys.source.OrgObject homeDivision() {
        return new io.cxgate.genesys.source.OrgObject(HOME_DIVISION_ID, "Home", "genesyscloud_auth_division", "DIVISION",
                null, Map.of("homeDivision", true), null, null);
    }

    /** Each finding as {@code CODE severity: message}, for assertions. */
    static java.util.List<String> messages(Simulation s) {
        return s.findings().stream().map(f -> f.code() + " " + f.severity().id() + ": " + f.message()).toList();
    }

    /** The findings from the live org, after checking the exported snapshot gives the same. */
    static Simulation liveAndSnapshot(Plan plan, OrgSnapshot org, Path dir) {
        return liveAndSnapshot(plan, org, dir, emulator -> { });
    }

    /** The same with the emulator set up first (a division-scoped client, a page cap, …). */
    static Simulation liveAndSnapshot(Plan plan, OrgSnapshot org, Path dir,
            java.util.function.Consumer<OrgEmulator> setUp) {
        Simulator simulator = new Simulator(ResourceCatalog.bundled(), new FlowFiles(dir), Map.of());
        try (OrgEmulator emulator = new OrgEmulator(org);
                PlatformApiClient client = PlatformApiClient.builder(emulator.credentials())
                        .apiBaseUrl(emulator.baseUrl()).sleeper(d -> { }).build()) {
            setUp.accept(emulator);
            Simulation live = simulator.simulate(plan, new LiveOrgSource(client, "us-east-1"));
            OrgSnapshot exported = OrgSnapshot.export(new LiveOrgSource(client, "us-east-1"),
                    LiveOrgSource.supportedTypes());
            Path file = dir.resolve("exported-org.json");
            exported.write(file);
            Simulation snapshot = simulator.simulate(plan, SnapshotOrgSource.load(file));
            assertEquals(live.findings(), snapshot.findings(), "live and exported snapshot disagree");
            return live;
        }
    }
}
