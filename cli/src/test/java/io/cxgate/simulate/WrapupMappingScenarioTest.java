package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.CxgateException;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.genesys.source.SnapshotOrgSource;
import io.cxgate.plan.Plan;

/**
 * Issue 15 item 5, second half: a wrap-up code deleted or replaced while the org's outbound wrap-up code
 * mappings ({@code GET /api/v2/outbound/wrapupcodemappings}, one object per org) still map it.
 */
class WrapupMappingScenarioTest {
    static final String MAPPINGS_PATH = "/api/v2/outbound/wrapupcodemappings";
    static final String SALE = "c0de0000-0000-4000-8000-0000000000c1";
    static final String WRONG_NUMBER = "c0de0000-0000-4000-8000-0000000000c2";
    static final String CALLBACK = "c0de0000-0000-4000-8000-0000000000c3";

    @TempDir
    Path dir;

    static OrgObject mappings() {
        return new OrgObject("wrapupcodemappings", "Wrap-up code mappings", "genesyscloud_outbound_wrapupcodemappings",
                "WRAPUPCODEMAPPING", null, Map.of(
                        "defaultSet", List.of("BUSINESS_NEUTRAL"),
                        "mapping", Map.of(
                                SALE, List.of("BUSINESS_SUCCESS", "RIGHT_PARTY_CONTACT"),
                                WRONG_NUMBER, List.of("NUMBER_UNCALLABLE")),
                        "version", 7L), null, null);
    }

    static List<OrgObject> codes() {
        return List.of(WrapupCodeScenarioTest.code(SALE, "Sale"), WrapupCodeScenarioTest.code(WRONG_NUMBER,
                "Wrong number"), WrapupCodeScenarioTest.code(CALLBACK, "Callback"));
    }

    static OrgSnapshot org() {
        List<OrgObject> objects = new ArrayList<>(codes());
        objects.add(mappings());
        return TestOrgs.of(objects, List.of());
    }

    /** An org without Outbound: the mappings endpoint answers 404. */
    static OrgSnapshot orgWithoutOutbound() {
        return TestOrgs.of(codes(), List.of());
    }

    private TestPlans deleteSale() {
        return plan().delete("genesyscloud_routing_wrapupcode.sale", values("id", SALE, "name", "Sale"));
    }

    @Test
    void aDeletedCodeTheMappingsStillMapIsAnErrorNamingItsFlags() {
        Simulation s = OrgScenarios.liveAndSnapshot(deleteSale().read(dir), org(), dir);

        assertEquals(List.of("DELETE_IN_USE error: Wrap-up code \"Sale\" is still mapped in the outbound wrap-up code"
                + " mappings (flags BUSINESS_SUCCESS, RIGHT_PARTY_CONTACT), which Terraform does not manage: deleting"
                + " it leaves a mapping to a code that no longer exists, and campaigns lose how contacts wrapped up"
                + " with it are classified"), OrgScenarios.messages(s));
        Finding f = s.findings().get(0);
        assertEquals("genesyscloud_routing_wrapupcode.sale", f.address());
        assertEquals("wrapupcodemappings", f.object().id());
        assertEquals("genesyscloud_outbound_wrapupcodemappings", f.object().resourceType());
        assertEquals(List.of(), s.warnings());
    }

    @Test
    void aReplacedCodeIsToldWithTheDefaultFlagsTheNewOneGets() {
        Plan plan = plan().replace("genesyscloud_routing_wrapupcode.wrong",
                values("id", WRONG_NUMBER, "name", "Wrong number"), values("name", "Wrong number"))
                .unchanged("genesyscloud_outbound_wrapupcodemappings.mappings", values("id", "wrapupcodemappings"))
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of("REPLACE_CHANGES_ID error: Wrap-up code \"Wrong number\" is replaced, so it gets a new"
                + " ID, but the outbound wrap-up code mappings, which Terraform manages but this plan does not change,"
                + " map the old one (flags NUMBER_UNCALLABLE): contacts wrapped up with the new code get the default"
                + " flags (BUSINESS_NEUTRAL) until it is mapped"), OrgScenarios.messages(s));
    }

    @Test
    void anUnmappedCodeIsFine() {
        Plan plan = plan().delete("genesyscloud_routing_wrapupcode.callback", values("id", CALLBACK, "name",
                "Callback")).read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(), s.findings());
        assertEquals(List.of(), s.warnings());
    }

    @Test
    void aPlanThatAlsoEditsTheMappingsIsFineAndAsksNothing() {
        Plan plan = deleteSale().update("genesyscloud_outbound_wrapupcodemappings.mappings",
                values("id", "wrapupcodemappings", "default_set", List.of("BUSINESS_NEUTRAL")),
                values("id", "wrapupcodemappings", "default_set", List.of("BUSINESS_NEUTRAL"), "mappings",
                        List.of(Map.of("wrapup_code_id", WRONG_NUMBER, "flags", List.of("NUMBER_UNCALLABLE")))))
                .read(dir);

        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(plan, org(), dir).findings());
        try (OrgEmulator emulator = new OrgEmulator(org()); PlatformApiClient client = client(emulator)) {
            simulator().simulate(plan, new LiveOrgSource(client, "us-east-1"));
            assertEquals(0, emulator.requests(MAPPINGS_PATH));
        }
    }

    @Test
    void droppingTheMappingsFromTerraformStillLeavesThemInTheOrg() {
        Plan plan = deleteSale().delete("genesyscloud_outbound_wrapupcodemappings.mappings",
                values("id", "wrapupcodemappings")).read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(Finding.Code.DELETE_IN_USE), s.findings().stream().map(Finding::code).toList());
        assertTrue(s.findings().get(0).message().contains(", which this plan only stops managing (the"
                + " provider's delete leaves them in the org): "), s.findings().get(0).message());
    }

    @Test
    void theMappingsAreAskedOnceAndOnlyWhenACodeGoes() {
        Plan two = deleteSale().delete("genesyscloud_routing_wrapupcode.wrong",
                values("id", WRONG_NUMBER, "name", "Wrong number")).read(dir);
        Plan rename = plan().update("genesyscloud_routing_wrapupcode.sale", values("id", SALE, "name", "Sale"),
                values("id", SALE, "name", "Sale!")).read(dir);
        try (OrgEmulator emulator = new OrgEmulator(org()); PlatformApiClient client = client(emulator)) {
            assertEquals(List.of(), simulator().simulate(rename, new LiveOrgSource(client, "us-east-1")).findings());
            assertEquals(0, emulator.requests(MAPPINGS_PATH));

            Simulation s = simulator().simulate(two, new LiveOrgSource(client, "us-east-1"));
            assertEquals(2, s.findings().size());
            assertEquals(1, emulator.requests(MAPPINGS_PATH));
        }
    }

    @Test
    void anOrgWithoutOutboundIsAWarningOnlyLiveAndFromItsSnapshot() {
        String warning = "has no outbound wrap-up code mappings (GET /api/v2/outbound/wrapupcodemappings answers 404"
                + " where Outbound is not available): whether they still map genesyscloud_routing_wrapupcode.sale is"
                + " not checked";
        try (OrgEmulator emulator = new OrgEmulator(orgWithoutOutbound()); PlatformApiClient client = client(emulator)) {
            Simulation live = simulator().simulate(deleteSale().read(dir), new LiveOrgSource(client, "us-east-1"));
            assertEquals(List.of(), live.findings());
            assertEquals(List.of("the org live " + warning), live.warnings());

            OrgSnapshot exported = OrgSnapshot.export(new LiveOrgSource(client, "us-east-1"),
                    LiveOrgSource.supportedTypes());
            Path file = dir.resolve("no-outbound.json");
            exported.write(file);
            Simulation snapshot = simulator().simulate(deleteSale().read(dir), SnapshotOrgSource.load(file));
            assertEquals(List.of(), snapshot.findings());
            assertEquals(List.of("the org snapshot " + warning), snapshot.warnings());
        }
    }

    @Test
    void onlyA404MeansNoOutboundAMissingPermissionFailsTheCheck() {
        try (OrgEmulator emulator = new OrgEmulator(org()); PlatformApiClient client = client(emulator)) {
            emulator.denyPermission(MAPPINGS_PATH, "outbound:wrapUpCodeMapping:view");
            CxgateException e = assertThrows(CxgateException.class,
                    () -> simulator().simulate(deleteSale().read(dir), new LiveOrgSource(client, "us-east-1")));
            assertTrue(e.getMessage().contains("outbound:wrapUpCodeMapping:view"), e.getMessage());
            assertTrue(e.getMessage().contains("genesyscloud_outbound_wrapupcodemappings"), e.getMessage());
        }
    }

    @Test
    void aSnapshotExportedBeforeTheMappingsWereListedSaysSo() {
        Simulation s = simulator().simulate(deleteSale().read(dir),
                new SnapshotOrgSource(TestOrgs.of(codes(), List.of()), "old.json"));

        assertEquals(List.of(), s.findings());
        assertTrue(s.warnings().contains("the org snapshot has no genesyscloud_outbound_wrapupcodemappings"
                + " objects (exported without that type?): whether the outbound wrap-up code mappings still map"
                + " genesyscloud_routing_wrapupcode.sale is not checked"), s.warnings().toString());
    }

    private Simulator simulator() {
        return new Simulator(ResourceCatalog.bundled(), new FlowFiles(dir), Map.of());
    }

    private static PlatformApiClient client(OrgEmulator emulator) {
        return PlatformApiClient.builder(emulator.credentials()).apiBaseUrl(emulator.baseUrl()).sleeper(d -> { })
                .build();
    }
}
