package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.plan.Plan;

/** Issue 15 item 3: an integration owns its data actions, including ones built in the UI. */
class IntegrationScenarioTest {
    static final String CRM = "ba000000-0000-4000-8000-000000000001";
    static final String LOOKUP = "custom_-_ac000000-0000-4000-8000-000000000001";
    static final String UNUSED = "custom_-_ac000000-0000-4000-8000-000000000002";
    static final String FLOW = "f1000000-0000-4000-8000-0000000000c1";
    static final String ADDRESS = "genesyscloud_integration.crm";

    @TempDir
    Path dir;

    static OrgSnapshot org() {
        return TestOrgs.of(List.of(
                new OrgObject(CRM, "CRM Web Services", "genesyscloud_integration", "INTEGRATION", null,
                        Map.of("integrationType", "custom-rest-actions", "intendedState", "ENABLED"), null, null),
                action(LOOKUP, "Lookup account"), action(UNUSED, "Old export"),
                new OrgObject(FLOW, "Main IVR", "genesyscloud_flow", "INBOUNDCALLFLOW", null,
                        Map.of("flowType", "INBOUNDCALL", "publishedVersionId", "4.0"), null, null)),
                List.of(new Dependency(FLOW, "Main IVR", "INBOUNDCALLFLOW", LOOKUP, "DATAACTION")));
    }

    static OrgObject action(String id, String name) {
        return new OrgObject(id, name, "genesyscloud_integration_action", "DATAACTION", null,
                Map.of("category", "CRM Web Services", "integrationId", CRM, "secure", false), null, null);
    }

    static Map<String, Object> integration(String state, String name) {
        return Map.of("id", CRM, "integration_type", "custom-rest-actions", "intended_state", state,
                "config", List.of(Map.of("name", name, "notes", "", "properties", "{}", "advanced", "{}")));
    }

    @Test
    void deletingTheIntegrationDeletesTheDataActionAFlowCallsAndOneBuiltInTheUi() {
        Plan plan = plan().delete(ADDRESS, values("id", CRM, "intended_state", "ENABLED",
                "integration_type", "custom-rest-actions")).read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(Finding.Severity.ERROR, Finding.Severity.WARNING),
                s.findings().stream().map(Finding::severity).toList(), s.findings().toString());
        Finding broken = s.findings().get(0);
        assertEquals(Finding.Code.DELETE_IN_USE, broken.code());
        assertEquals(FLOW, broken.object().id());
        assertTrue(broken.message().startsWith("Integration crm is deleted"), broken.message());
        assertTrue(broken.message().contains("is deleted, and with it its data action \"Lookup account\" (not managed"
                + " by Terraform), which flow \"Main IVR\" (INBOUNDCALLFLOW) calls: those calls fail"), broken.message());
        assertTrue(s.findings().get(1).message().contains("(Old export)"), s.findings().get(1).message());
    }

    @Test
    void disablingTheIntegrationStopsTheActionsItsFlowsCall() {
        Plan plan = plan().update(ADDRESS, values("id", CRM, "intended_state", "ENABLED"),
                values("id", CRM, "intended_state", "DISABLED")).read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(Finding.Code.INTEGRATION_DISABLED), s.findings().stream().map(Finding::code).toList());
        assertTrue(s.findings().get(0).message().contains("is disabled (intended_state DISABLED), so its data action"
                + " \"Lookup account\" (not managed by Terraform) stops working"), s.findings().get(0).message());
    }

    @Test
    void anUpdateThatKeepsItEnabledTouchesNoAction() {
        Plan plan = plan().update(ADDRESS, values("id", CRM, "intended_state", "ENABLED", "notes", "a"),
                values("id", CRM, "intended_state", "ENABLED", "notes", "b")).read(dir);

        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(plan, org(), dir).findings());
    }
}
