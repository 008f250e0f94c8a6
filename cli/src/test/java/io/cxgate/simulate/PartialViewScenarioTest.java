package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.DivisionView;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.plan.Plan;

/**
 * Issue 15 item 14: an OAuth client whose role reads flows in some divisions only does not see the
 * flows of the others; a reference to one is not a MISSING_REFERENCE but a PARTIAL_ORG_VIEW (info).
 */
class PartialViewScenarioTest {
    static final String HOME = OrgScenarios.HOME_DIVISION_ID;
    static final String BILLING = "d1000000-0000-4000-8000-000000000002";
    static final String HIDDEN_FLOW = "f1000000-0000-4000-8000-0000000000e1";
    static final String NOWHERE = "f1000000-0000-4000-8000-0000000000e9";

    @TempDir
    Path dir;

    static OrgSnapshot org() {
        return TestOrgs.of(List.of(
                OrgScenarios.homeDivision(),
                new OrgObject(BILLING, "Billing", "genesyscloud_auth_division", "DIVISION", null,
                        Map.of("homeDivision", false), null, null),
                new OrgObject(HIDDEN_FLOW, "Billing IVR", "genesyscloud_flow", "INBOUNDCALLFLOW", BILLING,
                        Map.of("flowType", "INBOUNDCALL", "publishedVersionId", "2.0"), null, null)),
                List.of());
    }

    private Plan ivrTo(String flowId) {
        return plan().create("genesyscloud_architect_ivr.billing", values("name", "Billing line",
                "open_hours_flow_id", flowId), "id").read(dir);
    }


    @Test
    void aFlowInADivisionTheClientCannotReadIsAnInfoNotAMissingReference() {
        Simulation s = OrgScenarios.liveAndSnapshot(ivrTo(HIDDEN_FLOW), org(), dir,
                emulator -> emulator.restrictToDivisions(Set.of(HOME)));

        assertEquals(List.of("PARTIAL_ORG_VIEW info: IVR (call routing) \"Billing line\": open_hours_flow_id refers to flow ID "
                + HIDDEN_FLOW + ", which the org does not show to this OAuth client; its role grants architect:flow:view"
                + " in 1 division(s) only, so the object may live in another division: the reference was not checked"
                + " (grant the role that permission in all divisions for a full check)"), OrgScenarios.messages(s));
    }

    @Test
    void withEveryDivisionReadableAMissingFlowIsStillAMissingReference() {
        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(ivrTo(HIDDEN_FLOW), org(), dir).findings());
        Simulation s = OrgScenarios.liveAndSnapshot(ivrTo(NOWHERE), org(), dir);

        assertEquals(List.of(Finding.Code.MISSING_REFERENCE), s.findings().stream().map(Finding::code).toList());
        assertEquals(Finding.Severity.ERROR, s.findings().get(0).severity());
    }

    @Test
    void aQueueAFlowNamesInADivisionTheClientCannotReadIsAnInfoToo() throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("billing.yaml"), """
                inboundCall:
                  name: Billing Inbound
                  tasks:
                    - task:
                        name: T
                        actions:
                          - transferToAcd:
                              targetQueue:
                                lit:
                                  name: Billing Queue
                """);
        List<OrgObject> objects = new java.util.ArrayList<>(org().objects());
        objects.add(new OrgObject("q-billing", "Billing Queue", "genesyscloud_routing_queue", "QUEUE", BILLING,
                Map.of(), null, null));
        Plan plan = plan().create("genesyscloud_flow.billing", values("filepath", "billing.yaml"), "id").read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, TestOrgs.of(objects, List.of()), dir,
                emulator -> emulator.restrictToDivisions(Set.of(HOME)));

        assertEquals(List.of("PARTIAL_ORG_VIEW info: Flow \"Billing Inbound\" refers to queue \"Billing Queue\""
                + " (billing.yaml line 10, targetQueue), which the org does not show to this OAuth client; its role"
                + " grants routing:queue:view in 1 division(s) only, so it may live in another division: the name was"
                + " not checked (grant the role that permission in all divisions for a full check)"),
                OrgScenarios.messages(s));
        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(plan, TestOrgs.of(objects, List.of()), dir).findings());
    }

    @Test
    void theExportRecordsTheRestrictedViewAndOnlyThat() {
        try (OrgEmulator emulator = new OrgEmulator(org()).restrictToDivisions(Set.of(HOME));
                PlatformApiClient client = PlatformApiClient.builder(emulator.credentials())
                        .apiBaseUrl(emulator.baseUrl()).build()) {
            OrgSnapshot exported = OrgSnapshot.export(new LiveOrgSource(client, "us-east-1"),
                    List.of("genesyscloud_flow", "genesyscloud_auth_division"), TestOrgs.EXPORTED_AT);

            assertEquals(List.of(new DivisionView("architect:flow:view", false, List.of(HOME))),
                    exported.divisionViews());
            assertEquals(List.of(), exported.objects().stream()
                    .filter(o -> o.resourceType().equals("genesyscloud_flow")).toList());
            assertEquals(exported, OrgSnapshot.parse(exported.toJson(), "test"));
        }
    }
}
