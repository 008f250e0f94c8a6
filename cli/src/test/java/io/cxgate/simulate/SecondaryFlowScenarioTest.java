package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Issue 15 item 4 (queue part): a flow a queue uses only as its callback flow (live voice or answering machine,
 * {@code mediaSettings.callback}) or as its message inactivity-timeout flow
 * ({@code mediaSettings.message.inactivityTimeoutSettings.flowId}) is still in use.
 */
class SecondaryFlowScenarioTest {
    static final String FLOW = "f1000000-0000-4000-8000-0000000000c1";
    static final String OTHER = "f1000000-0000-4000-8000-0000000000c2";

    @TempDir
    Path dir;

    static OrgObject flow(String id, String name) {
        return new OrgObject(id, name, "genesyscloud_flow", "INBOUNDCALLFLOW", null,
                Map.of("flowType", "INBOUNDCALL", "publishedVersionId", "3.0"), null, null);
    }

    static OrgObject queue(String id, String name, Map<String, Object> attributes) {
        return new OrgObject(id, name, "genesyscloud_routing_queue", "QUEUE", null, attributes, null, null);
    }

    private Plan deleteFlow() {
        return plan().delete("module.flows.genesyscloud_flow.callback", values("id", FLOW, "name", "Callback Flow",
                "type", "INBOUNDCALL", "filepath", "flows/callback.yaml")).read(dir);
    }

    @Test
    void aFlowUsedAsCallbackAndInactivityFlowOfUnmanagedQueuesIsInUse() {
        OrgSnapshot org = TestOrgs.of(List.of(flow(FLOW, "Callback Flow"), flow(OTHER, "Other Flow"),
                queue("q1", "Callbacks", Map.of("callbackLiveVoiceFlowId", FLOW,
                        "callbackAnsweringMachineFlowId", OTHER)),
                queue("q2", "Voicemail Backup", Map.of("callbackAnsweringMachineFlowId", FLOW)),
                queue("q3", "Web Chat", Map.of("messageInactivityFlowId", FLOW))), List.of());

        Simulation s = OrgScenarios.liveAndSnapshot(deleteFlow(), org, dir);

        assertEquals(List.of(
                "Flow \"Callback Flow\" is still used by queue \"Callbacks\" (as its callback live-voice flow), which"
                        + " Terraform does not manage: deleting it breaks that queue",
                "Flow \"Callback Flow\" is still used by queue \"Voicemail Backup\" (as its callback answering-machine"
                        + " flow), which Terraform does not manage: deleting it breaks that queue",
                "Flow \"Callback Flow\" is still used by queue \"Web Chat\" (as its message inactivity-timeout flow),"
                        + " which Terraform does not manage: deleting it breaks that queue"),
                s.findings().stream().map(Finding::message).toList());
        assertEquals(List.of(Finding.Code.DELETE_IN_USE, Finding.Code.DELETE_IN_USE, Finding.Code.DELETE_IN_USE),
                s.findings().stream().map(Finding::code).toList());
        assertEquals(List.of(Finding.Severity.ERROR, Finding.Severity.ERROR, Finding.Severity.ERROR),
                s.findings().stream().map(Finding::severity).toList());
    }

    @Test
    void aQueueWhoseCallbackUsesAnotherFlowIsNoConsumer() {
        OrgSnapshot org = TestOrgs.of(List.of(flow(FLOW, "Callback Flow"), flow(OTHER, "Other Flow"),
                queue("q1", "Callbacks", Map.of("callbackLiveVoiceFlowId", OTHER,
                        "messageInactivityFlowId", OTHER))), List.of());

        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(deleteFlow(), org, dir).findings());
    }
}
