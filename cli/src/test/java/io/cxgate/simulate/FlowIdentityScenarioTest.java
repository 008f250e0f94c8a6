package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
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

/**
 * Issue 15 item 1: a flow update whose file publishes under another name or type makes a new flow
 * (the provider publishes by name and type and takes the job's flow ID) while the plan shows the
 * old ID; whatever used the old flow keeps using it.
 */
class FlowIdentityScenarioTest {
    static final String MAIN = "5b0c2a51-0000-4000-8000-0000000000f1";
    static final String ROUTER = "5b0c2a51-0000-4000-8000-0000000000f2";
    static final String LEGACY = "5b0c2a51-0000-4000-8000-0000000000f3";
    static final String IVR = "1f0e0000-0000-4000-8000-0000000000a1";
    static final String ADDRESS = "module.flows.genesyscloud_flow.main";

    @TempDir
    Path dir;

    /** The flow files name their division; every org has its Home division. */
    static final OrgObject HOME_DIVISION = OrgScenarios.homeDivision();

    static OrgSnapshot org() {
        return TestOrgs.of(List.of(
                HOME_DIVISION,
                flow(MAIN, "Main Inbound"),
                flow(ROUTER, "Callback Router"),
                flow(LEGACY, "Main Inbound 2027"),
                new OrgObject(IVR, "Main line", "genesyscloud_architect_ivr", "IVRCONFIGURATION", null,
                        Map.of("dnis", List.of("+13175550100"), "openHoursFlowId", MAIN), null, null)),
                List.of(new Dependency(ROUTER, "Callback Router", "INBOUNDCALLFLOW", MAIN, "INBOUNDCALLFLOW")));
    }

    static OrgObject flow(String id, String name) {
        return new OrgObject(id, name, "genesyscloud_flow", "INBOUNDCALLFLOW", null,
                Map.of("flowType", "INBOUNDCALL", "publishedVersionId", "1.0"), null, null);
    }

    /** The update as {@code terraform show -json} shows it: same ID, new substitutions. */
    private Plan update(Map<String, String> before, Map<String, String> after) throws IOException {
        Files.writeString(dir.resolve("main.yaml"), "inboundCall:\n  name: \"{{flow_name}}\"\n  division: Home\n"
                + "  startUpRef: \"/inboundCall/menus/menu[Main Menu]\"\n  initialGreeting:\n"
                + "    tts: \"{{greeting}}\"\n");
        return plan().update(ADDRESS,
                values("id", MAIN, "name", "Main Inbound", "type", "INBOUNDCALL", "filepath", "main.yaml",
                        "file_content_hash", "h1", "force_unlock", false, "substitutions", before),
                values("id", MAIN, "name", "Main Inbound", "type", "INBOUNDCALL", "filepath", "main.yaml",
                        "file_content_hash", "h1", "force_unlock", false, "substitutions", after))
                .read(dir);
    }

    @Test
    void aRenameThroughSubstitutionsLeavesTheIvrAndTheCallingFlowOnTheOldFlow() throws IOException {
        Plan plan = update(Map.of("flow_name", "Main Inbound", "greeting", "Hello"),
                Map.of("flow_name", "Main Inbound v2", "greeting", "Hello"));

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        List<Finding> renamed = s.findings(Finding.Code.FLOW_RENAMED_NEW_ID);
        assertEquals(2, renamed.size(), s.findings().toString());
        assertEquals(List.of(ROUTER, IVR), renamed.stream().map(f -> f.object().id()).toList());
        assertTrue(renamed.stream().allMatch(f -> f.severity() == Finding.Severity.ERROR));
        assertEquals("Flow \"Main Inbound\" (INBOUNDCALLFLOW) is published from main.yaml as \"Main Inbound v2\""
                + " (INBOUNDCALLFLOW), another name or type: the provider publishes by name and type, so this makes"
                + " a new flow with a new ID while the plan shows an update of the old one; IVR (call routing)"
                + " \"Main line\" (as its open-hours flow), which Terraform does not manage, keeps using the old"
                + " flow and never gets this release. Publish under the old name and type, or repoint the"
                + " IVR (call routing) in the same plan", renamed.get(1).message());
        assertTrue(renamed.get(0).message().contains("flow \"Callback Router\" (INBOUNDCALLFLOW), which Terraform"
                + " does not manage, keeps using the old flow"), renamed.get(0).message());
    }

    @Test
    void aChangedGreetingUnderTheSameNameIsTheSameFlow() throws IOException {
        Plan plan = update(Map.of("flow_name", "Main Inbound", "greeting", "Hello"),
                Map.of("flow_name", "main inbound", "greeting", "Welcome"));

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(), s.findings());
    }

    @Test
    void aNewNameAnUnmanagedFlowAlreadyHasIsANameConflictForTheUpdate() throws IOException {
        Plan plan = update(Map.of("flow_name", "Main Inbound", "greeting", "Hello"),
                Map.of("flow_name", "Main Inbound 2027", "greeting", "Hello"));

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        List<Finding> conflicts = s.findings(Finding.Code.NAME_CONFLICT);
        assertEquals(1, conflicts.size());
        assertEquals(LEGACY, conflicts.get(0).object().id());
        assertTrue(conflicts.get(0).message().endsWith("publishing this flow overwrites it. The update renames the"
                + " flow onto it: keep the old name, or retire the other flow first"), conflicts.get(0).message());
        assertEquals(2, s.findings(Finding.Code.FLOW_RENAMED_NEW_ID).size());
    }

    @Test
    void aRenamedFlowNothingUsesIsAWarningThatTheOldOneStaysBehind() throws IOException {
        OrgSnapshot alone = TestOrgs.of(List.of(HOME_DIVISION, flow(MAIN, "Main Inbound")), List.of());
        Plan plan = update(Map.of("flow_name", "Main Inbound", "greeting", "Hello"),
                Map.of("flow_name", "Main Inbound v2", "greeting", "Hello"));

        Simulation s = OrgScenarios.liveAndSnapshot(plan, alone, dir);

        assertEquals(1, s.findings().size(), s.findings().toString());
        Finding f = s.findings().get(0);
        assertEquals(Finding.Code.FLOW_RENAMED_NEW_ID, f.code());
        assertEquals(Finding.Severity.WARNING, f.severity());
        assertEquals(MAIN, f.object().id());
        assertTrue(f.message().endsWith("nothing outside this plan uses the old flow, which stays in the org, no"
                + " longer managed by Terraform"), f.message());
    }

    @Test
    void aTypeChangeIsANewFlowToo() throws IOException {
        Files.writeString(dir.resolve("main.yaml"), "inboundShortMessage:\n  name: Main Inbound\n  division: Home\n");
        Plan plan = plan().update(ADDRESS,
                values("id", MAIN, "name", "Main Inbound", "type", "INBOUNDCALL", "filepath", "main.yaml",
                        "file_content_hash", "h1", "substitutions", Map.of()),
                values("id", MAIN, "name", "Main Inbound", "type", "INBOUNDCALL", "filepath", "main.yaml",
                        "file_content_hash", "h2", "substitutions", Map.of()))
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(2, s.findings(Finding.Code.FLOW_RENAMED_NEW_ID).size(), s.findings().toString());
        assertTrue(s.findings().get(0).message().contains("as \"Main Inbound\" (INBOUNDSHORTMESSAGEFLOW)"));
    }
}
