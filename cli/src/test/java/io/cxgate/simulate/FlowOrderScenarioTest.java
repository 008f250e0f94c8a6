package io.cxgate.simulate;

import static io.cxgate.simulate.TestPlans.plan;
import static io.cxgate.simulate.TestPlans.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.plan.Plan;

/**
 * Issue 15 item 9: a flow whose file names an object created in the same plan, with nothing in the
 * configuration ordering the two, may be published first: FLOW_TARGET_UNORDERED, a warning.
 */
class FlowOrderScenarioTest {
    @TempDir
    Path dir;

    static OrgSnapshot org() {
        return TestOrgs.of(List.of(
                OrgScenarios.homeDivision(),
                new OrgObject("q-sales", "Sales", "genesyscloud_routing_queue", "QUEUE", null, Map.of(), null, null)),
                List.of());
    }

    @BeforeEach
    void flowFile() throws IOException {
        Files.createDirectories(dir.resolve("flows"));
        Files.writeString(dir.resolve("flows/vip.yaml"), """
                inboundCall:
                  name: VIP Inbound
                  division: Home
                  tasks:
                    - task:
                        name: T
                        actions:
                          - transferToAcd:
                              targetQueue:
                                lit:
                                  name: VIP Care
                          - transferToAcd:
                              targetQueue:
                                lit:
                                  name: Sales
                """);
    }

    private static TestPlans changes(String flow, String queue) {
        return plan().create(flow, values("filepath", "flows/vip.yaml"), "id")
                .create(queue, values("name", "VIP Care"), "id");
    }


    @Test
    void aFlowNamingAQueueCreatedAlongsideWithoutOrderingIsAWarning() {
        Plan plan = changes("genesyscloud_flow.vip", "genesyscloud_routing_queue.vip")
                .configured("genesyscloud_flow.vip", List.of(), List.of())
                .configured("genesyscloud_routing_queue.vip", List.of(), List.of())
                .read(dir);

        Simulation s = OrgScenarios.liveAndSnapshot(plan, org(), dir);

        assertEquals(List.of("FLOW_TARGET_UNORDERED warning: Flow \"VIP Inbound\" refers to queue \"VIP Care\""
                + " (flows/vip.yaml line 11, targetQueue), which this plan creates (genesyscloud_routing_queue.vip), but"
                + " genesyscloud_flow.vip neither references it nor depends on it: a flow has no reference attributes,"
                + " so Terraform may publish it first and publishing fails; add depends_on ="
                + " [genesyscloud_routing_queue.vip]"), OrgScenarios.messages(s));
        assertEquals(new Finding.LiveObject("QUEUE", "genesyscloud_routing_queue", null, "VIP Care"),
                s.findings().get(0).object());
    }

    @Test
    void dependsOnOrAReferenceInTheSubstitutionsOrdersThem() {
        Plan dependsOn = changes("genesyscloud_flow.vip", "genesyscloud_routing_queue.vip")
                .configured("genesyscloud_flow.vip", List.of(), List.of("genesyscloud_routing_queue.vip"))
                .configured("genesyscloud_routing_queue.vip", List.of(), List.of())
                .read(dir);
        Plan referenced = changes("genesyscloud_flow.vip", "genesyscloud_routing_queue.vip")
                .configured("genesyscloud_flow.vip",
                        List.of("genesyscloud_routing_queue.vip.name", "genesyscloud_routing_queue.vip"), List.of())
                .configured("genesyscloud_routing_queue.vip", List.of(), List.of())
                .read(dir);

        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(dependsOn, org(), dir).findings());
        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(referenced, org(), dir).findings());
    }

    @Test
    void acrossModulesTheModuleCallsDependsOnOrdersThem() {
        String flow = "module.flows.genesyscloud_flow.vip";
        String queue = "module.queues.genesyscloud_routing_queue.vip";
        Plan unordered = changes(flow, queue)
                .configured(flow, List.of("var.queue_names"), List.of())
                .configured(queue, List.of(), List.of())
                .moduleCall("flows", List.of(), List.of())
                .read(dir);
        Plan ordered = changes(flow, queue)
                .configured(flow, List.of("var.queue_names"), List.of())
                .configured(queue, List.of(), List.of())
                .moduleCall("flows", List.of("module.queues.names", "module.queues"), List.of())
                .read(dir);

        assertEquals(List.of("FLOW_TARGET_UNORDERED warning: Flow \"VIP Inbound\" refers to queue \"VIP Care\""
                + " (flows/vip.yaml line 11, targetQueue), which this plan creates"
                + " (module.queues.genesyscloud_routing_queue.vip), but module.flows.genesyscloud_flow.vip neither"
                + " references it nor depends on it: a flow has no reference attributes, so Terraform may publish it"
                + " first and publishing fails; order module.flows after module.queues (depends_on on the module"
                + " call, or pass the name in from it)"),
                OrgScenarios.messages(OrgScenarios.liveAndSnapshot(unordered, org(), dir)));
        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(ordered, org(), dir).findings());
    }

    @Test
    void aPlanWithoutItsConfigurationCannotTellAndSaysNothing() {
        Plan plan = changes("genesyscloud_flow.vip", "genesyscloud_routing_queue.vip").read(dir);

        assertEquals(List.of(), OrgScenarios.liveAndSnapshot(plan, org(), dir).findings());
    }
}
