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
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.plan.Plan;

/**
 * Issue 15 item 4 (the rest): messenger deployments, message recipients (SMS, open messaging, WhatsApp …),
 * emergency groups, call-analysis response sets and process-automation triggers name flows by ID outside
 * Architect dependency tracking; deleting, replacing or renaming such a flow breaks them.
 */
class FlowConsumerScenarioTest {
    static final String MESSAGING = "f2000000-0000-4000-8000-0000000000d1";
    static final String OTHER = "f2000000-0000-4000-8000-0000000000d2";
    static final String EMERGENCY = "f2000000-0000-4000-8000-0000000000d3";
    static final String WORKFLOW = "f2000000-0000-4000-8000-0000000000d4";
    static final String IVR = "f2000000-0000-4000-8000-0000000000e1";

    @TempDir
    Path dir;

    static OrgObject flow(String id, String name, String type) {
        return new OrgObject(id, name, "genesyscloud_flow", type + "FLOW", null,
                Map.of("flowType", type, "publishedVersionId", "2.0"), null, null);
    }

    static OrgObject object(String id, String name, String type, String apiType, Map<String, Object> attributes) {
        return new OrgObject(id, name, type, apiType, null, attributes, null, null);
    }

    static OrgSnapshot org() {
        return TestOrgs.of(List.of(
                flow(MESSAGING, "Web Messaging", "INBOUNDSHORTMESSAGE"),
                flow(OTHER, "Other Messaging", "INBOUNDSHORTMESSAGE"),
                flow(EMERGENCY, "Evacuation", "INBOUNDCALL"),
                flow(WORKFLOW, "Post-call survey", "WORKFLOW"),
                object(IVR, "Main line", "genesyscloud_architect_ivr", "IVRCONFIGURATION",
                        Map.of("dnis", List.of("+13175550100"))),
                object("d1", "Support site", "genesyscloud_webdeployments_deployment", "WEBDEPLOYMENT",
                        Map.of("flowId", MESSAGING, "status", "Active")),
                object("d2", "Shop site", "genesyscloud_webdeployments_deployment", "WEBDEPLOYMENT",
                        Map.of("flowId", OTHER, "status", "Active")),
                object("r1", "+13175550199", "genesyscloud_routing_message_recipient", "MESSAGERECIPIENT",
                        Map.of("flowId", MESSAGING, "messengerType", "sms")),
                object("r2", "Support WhatsApp", "genesyscloud_routing_message_recipient", "MESSAGERECIPIENT",
                        Map.of("flowId", OTHER, "messengerType", "whatsapp")),
                object("g1", "Building evacuation", "genesyscloud_architect_emergencygroup", "EMERGENCYGROUP",
                        Map.of("emergencyFlowIds", List.of(EMERGENCY), "ivrIds", List.of(IVR), "enabled", true)),
                object("s1", "Outbound sales", "genesyscloud_outbound_callanalysisresponseset",
                        "CALLANALYSISRESPONSESET", Map.of("transferFlowIds", List.of(EMERGENCY))),
                object("t1", "Survey after chat", "genesyscloud_processautomation_trigger", "PROCESSAUTOMATIONTRIGGER",
                        Map.of("workflowId", WORKFLOW, "topicName", "v2.detail.events.conversation.{id}.customer.end",
                                "enabled", true))),
                List.of());
    }

    private static List<String> messages(Simulation s) {
        return s.findings().stream().map(Finding::message).toList();
    }

    @Test
    void aMessagingFlowDeletedWhileAMessengerDeploymentAndAnSmsNumberUseIt() {
        Plan plan = plan().delete("genesyscloud_flow.web_messaging", values("id", MESSAGING, "name", "Web Messaging",
                "type", "INBOUNDSHORTMESSAGE", "filepath", "flows/web.yaml")).read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(
                "Flow \"Web Messaging\" is still used by messenger deployment \"Support site\" (as its inbound message"
                        + " flow), which Terraform does not manage: deleting it breaks that messenger deployment",
                "Flow \"Web Messaging\" is still used by message recipient \"+13175550199\" (as its inbound message"
                        + " flow), which Terraform does not manage: deleting it breaks that message recipient"),
                messages(s));
        assertTrue(s.findings().stream().allMatch(f -> f.code() == Finding.Code.DELETE_IN_USE
                && f.severity() == Finding.Severity.ERROR));
        assertEquals(List.of("WEBDEPLOYMENT", "MESSAGERECIPIENT"),
                s.findings().stream().map(f -> f.object().apiType()).toList());
    }

    @Test
    void anEmergencyFlowReplacedWhileAnEmergencyGroupAndAResponseSetUseIt() {
        Plan plan = plan().replace("genesyscloud_flow.evacuation",
                values("id", EMERGENCY, "name", "Evacuation", "type", "INBOUNDCALL", "filepath", "flows/e.yaml"),
                values("name", "Evacuation", "type", "INBOUNDCALL", "filepath", "flows/e.yaml")).read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of(
                "Flow \"Evacuation\" is replaced, so it gets a new ID, but emergency group \"Building evacuation\" (as"
                        + " its emergency call flow), which Terraform does not manage, still refers to the old one:"
                        + " that emergency group breaks",
                "Flow \"Evacuation\" is replaced, so it gets a new ID, but call-analysis response set \"Outbound"
                        + " sales\" (as the flow a call-analysis reaction transfers to), which Terraform does not"
                        + " manage, still refers to the old one: that call-analysis response set breaks"),
                s.findings(Finding.Code.REPLACE_CHANGES_ID).stream().map(Finding::message).toList());
    }

    @Test
    void aWorkflowRenamedWhileATriggerStartsItAndAnIvrDeletedWhileAnEmergencyGroupRoutesIt() throws IOException {
        Files.writeString(dir.resolve("survey.yaml"), "workflow:\n  name: Post-call survey v2\n  division: Home\n"
                + "  startUpRef: \"/workflow/states/state[Start]\"\n");
        Plan plan = plan()
                .update("genesyscloud_flow.survey",
                        values("id", WORKFLOW, "name", "Post-call survey", "type", "WORKFLOW", "filepath",
                                "survey.yaml", "file_content_hash", "h1"),
                        values("id", WORKFLOW, "name", "Post-call survey", "type", "WORKFLOW", "filepath",
                                "survey.yaml", "file_content_hash", "h2"))
                .delete("genesyscloud_architect_ivr.main", values("id", IVR, "name", "Main line",
                        "dnis", List.of("+13175550100")))
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        List<Finding> renamed = s.findings(Finding.Code.FLOW_RENAMED_NEW_ID);
        assertEquals(List.of("t1"), renamed.stream().map(f -> f.object().id()).toList(), s.findings().toString());
        assertTrue(renamed.get(0).message().contains("process-automation trigger \"Survey after chat\" (as the"
                + " workflow it starts)"), renamed.get(0).message());
        assertEquals(List.of("IVR (call routing) \"Main line\" is still used by emergency group \"Building"
                + " evacuation\" (as one of the IVRs it routes in an emergency), which Terraform does not manage:"
                + " deleting it breaks that emergency group"),
                s.findings(Finding.Code.DELETE_IN_USE).stream().map(Finding::message).toList());
    }

    @Test
    void consumersOfOtherFlowsAreNotReported() {
        Plan plan = plan().delete("genesyscloud_flow.other", values("id", MESSAGING, "name", "Web Messaging",
                "type", "INBOUNDSHORTMESSAGE", "filepath", "flows/web.yaml")).read(dir);
        OrgSnapshot org = TestOrgs.of(org().objects().stream()
                .filter(o -> !"MESSAGERECIPIENT".equals(o.apiType()) && !"WEBDEPLOYMENT".equals(o.apiType())
                        || o.text("flowId").equals(OTHER)).toList(), List.of());

        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(plan, org, dir).findings());
    }
}
