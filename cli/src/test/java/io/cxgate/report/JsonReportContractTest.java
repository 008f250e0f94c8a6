package io.cxgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import io.cxgate.plan.Action;
import io.cxgate.plan.AttributeChange;
import io.cxgate.plan.ResourceChange;
import io.cxgate.plan.Summary;
import io.cxgate.policy.Decision;
import io.cxgate.policy.PolicyResult;
import io.cxgate.policy.RequiredApproval;
import io.cxgate.policy.Rule;
import io.cxgate.policy.WaiverResult;
import io.cxgate.simulate.Finding;

/**
 * Every field of the report JSON contract (ARCHITECTURE.md "Report JSON", schemaVersion 1), pinned by an answer
 * written by hand for a report built by hand. Every value is distinct, so two fields swapped (owner and reason,
 * effect and enforcement, before and after) change the output.
 */
class JsonReportContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ResourceChange queueDelete() {
        return new ResourceChange("module.queues.genesyscloud_routing_queue.legacy", "module.queues", "managed",
                "genesyscloud_routing_queue", "legacy", null, "registry.terraform.io/mypurecloud/genesyscloud",
                "Queue \"Legacy\"", Action.DELETE, List.of("delete"), "delete_because_no_resource_config", false, null,
                null, null, List.of(new AttributeChange("name", TextNode.valueOf("Legacy"), NullNode.getInstance(),
                        false, false, false, false)), List.of(), null);
    }

    private static ResourceChange skillReplace() {
        return new ResourceChange("module.skills.genesyscloud_routing_skill.skill[\"es\"]", "module.skills",
                "managed", "genesyscloud_routing_skill", "skill", "\"es\"", "registry.terraform.io/mypurecloud/genesyscloud",
                "Skill \"Spanish - Native\"", Action.REPLACE, List.of("delete", "create"),
                "replace_because_cannot_update", true, "667bebfd-0000-4000-8000-000000000001",
                "module.skills.genesyscloud_routing_skill.old", "0a1b2c3d", List.of(
                        new AttributeChange("name", TextNode.valueOf("Spanish"), TextNode.valueOf("Spanish - Native"),
                                false, false, true, false),
                        new AttributeChange("id", TextNode.valueOf("667bebfd"), NullNode.getInstance(), true, false,
                                false, false),
                        new AttributeChange("secret", TextNode.valueOf("(sensitive)"), TextNode.valueOf("(sensitive)"),
                                false, true, false, false),
                        new AttributeChange("members", JSON.createArrayNode().add(1), JSON.createArrayNode().add(2),
                                false, false, false, true)),
                List.of("name"), null);
    }

    private static ResourceChange supportDrift() {
        return new ResourceChange("genesyscloud_routing_queue.support", null, "managed", "genesyscloud_routing_queue",
                "support", null, "registry.terraform.io/mypurecloud/genesyscloud", "Queue \"Support\"", Action.UPDATE,
                List.of("update"), null, false, null, null, null, List.of(new AttributeChange("acw_timeout_ms",
                        IntNode.valueOf(30000), IntNode.valueOf(60000), false, false, false, false)), List.of(), null);
    }

    private static Report report() {
        RequiredApproval ops = new RequiredApproval("cc-operations", 2);
        RequiredApproval leads = new RequiredApproval("cx-leads", 1);
        return new Report(1, "prod",
                new Report.PlanInfo("plans/x.json", "sha256:abc123", "1.2", "1.9.8", false, true),
                new Report.SimulationInfo(io.cxgate.simulate.Simulation.Source.SNAPSHOT, 41),
                new Summary(1, 2, 3, 4, 5, 6, 7, 0, 8),
                List.of(queueDelete(), skillReplace()), List.of(supportDrift()), List.of(),
                List.of(new Finding(Finding.Code.DELETE_IN_USE, Finding.Severity.ERROR, "module.queues.genesyscloud_routing_queue.legacy",
                                new Finding.LiveObject("INBOUNDCALLFLOW", "genesyscloud_flow", "f-1", "Main Line"),
                                "Queue \"Legacy\" is still used by flow \"Main Line\""),
                        new Finding(Finding.Code.FLOW_FILE_UNAVAILABLE, Finding.Severity.WARNING, "module.flows.genesyscloud_flow.x", null,
                                "the flow file is missing")),
                List.of(new PolicyResult("guardrails", "queue-delete", Rule.Effect.REQUIRE_APPROVAL, Rule.Enforcement.MANDATORY,
                                List.of("module.queues.genesyscloud_routing_queue.legacy"), "Deleting Queue \"Legacy\"",
                                ops, null),
                        new PolicyResult("hygiene", "late-create", Rule.Effect.DENY, Rule.Enforcement.ADVISORY, List.of("a.one", "a.two"),
                                "created late", null, "no such key: x")),
                List.of(new WaiverResult("flow-delete", "module.flows.*", "alice", "CHG-1042: retired", "2026-12-31",
                                WaiverResult.Status.APPLIED),
                        new WaiverResult("skill-replace", "module.skills.x", "bob", "CHG-7: old", "2026-01-31", WaiverResult.Status.EXPIRED)),
                new Decision.ApprovalRequired(List.of(ops, leads), List.of("queue-delete: Deleting Queue \"Legacy\"")),
                List.of("a warning"));
    }

    private static final String EXPECTED = """
            {
              "schemaVersion": 1,
              "environment": "prod",
              "plan": {"digest": "sha256:abc123", "formatVersion": "1.2", "terraformVersion": "1.9.8",
                       "errored": false, "complete": true},
              "simulation": {"source": "snapshot", "requests": 41},
              "summary": {"create": 1, "update": 2, "delete": 3, "replace": 4, "read": 5, "noop": 6, "forget": 7,
                          "drift": 8},
              "changes": [
                {"address": "module.queues.genesyscloud_routing_queue.legacy", "module": "module.queues",
                 "type": "genesyscloud_routing_queue", "name": "legacy", "index": null, "label": "Queue \\"Legacy\\"",
                 "action": "delete", "actions": ["delete"], "actionReason": "delete_because_no_resource_config",
                 "importing": false, "previousAddress": null,
                 "attributes": [{"path": "name", "before": "Legacy", "after": null, "afterUnknown": false,
                                 "sensitive": false, "forcesReplacement": false}]},
                {"address": "module.skills.genesyscloud_routing_skill.skill[\\"es\\"]", "module": "module.skills",
                 "type": "genesyscloud_routing_skill", "name": "skill", "index": "\\"es\\"",
                 "label": "Skill \\"Spanish - Native\\"", "action": "replace", "actions": ["delete", "create"],
                 "actionReason": "replace_because_cannot_update", "importing": true,
                 "importId": "667bebfd-0000-4000-8000-000000000001",
                 "previousAddress": "module.skills.genesyscloud_routing_skill.old", "deposed": "0a1b2c3d",
                 "replacePaths": ["name"],
                 "attributes": [
                   {"path": "name", "before": "Spanish", "after": "Spanish - Native", "afterUnknown": false,
                    "sensitive": false, "forcesReplacement": true},
                   {"path": "id", "before": "667bebfd", "after": null, "afterUnknown": true,
                    "sensitive": false, "forcesReplacement": false},
                   {"path": "secret", "before": "(sensitive)", "after": "(sensitive)", "afterUnknown": false,
                    "sensitive": true, "forcesReplacement": false},
                   {"path": "members", "before": [1], "after": [2], "afterUnknown": false,
                    "sensitive": false, "forcesReplacement": false, "set": true}]}
              ],
              "drift": [
                {"address": "genesyscloud_routing_queue.support", "module": null, "type": "genesyscloud_routing_queue",
                 "name": "support", "index": null, "label": "Queue \\"Support\\"", "action": "update",
                 "actions": ["update"], "actionReason": null, "importing": false, "previousAddress": null,
                 "attributes": [{"path": "acw_timeout_ms", "before": 30000, "after": 60000, "afterUnknown": false,
                                 "sensitive": false, "forcesReplacement": false}]}
              ],
              "findings": [
                {"code": "DELETE_IN_USE", "severity": "error", "address": "module.queues.genesyscloud_routing_queue.legacy",
                 "object": {"apiType": "INBOUNDCALLFLOW", "resourceType": "genesyscloud_flow", "id": "f-1",
                            "name": "Main Line"},
                 "message": "Queue \\"Legacy\\" is still used by flow \\"Main Line\\""},
                {"code": "FLOW_FILE_UNAVAILABLE", "severity": "warning", "address": "module.flows.genesyscloud_flow.x",
                 "object": null, "message": "the flow file is missing"}
              ],
              "policies": [
                {"policy": "guardrails", "rule": "queue-delete", "effect": "require_approval",
                 "enforcement": "mandatory", "addresses": ["module.queues.genesyscloud_routing_queue.legacy"],
                 "message": "Deleting Queue \\"Legacy\\"", "approvers": {"group": "cc-operations", "count": 2}},
                {"policy": "hygiene", "rule": "late-create", "effect": "deny", "enforcement": "advisory",
                 "addresses": ["a.one", "a.two"], "message": "created late", "approvers": null,
                 "error": "no such key: x"}
              ],
              "waivers": [
                {"rule": "flow-delete", "address": "module.flows.*", "owner": "alice", "reason": "CHG-1042: retired",
                 "expires": "2026-12-31", "status": "applied"},
                {"rule": "skill-replace", "address": "module.skills.x", "owner": "bob", "reason": "CHG-7: old",
                 "expires": "2026-01-31", "status": "expired"}
              ],
              "decision": {"outcome": "approval_required", "reasons": ["queue-delete: Deleting Queue \\"Legacy\\""],
                           "requiredApprovals": [{"group": "cc-operations", "count": 2},
                                                 {"group": "cx-leads", "count": 1}]},
              "warnings": ["a warning"]
            }
            """;

    private static JsonNode render(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new JsonRenderer().render(report, out);
        return JSON.readTree(out.toString());
    }

    @Test
    void everyContractFieldHasTheValueWrittenByHand() throws IOException {
        assertEquals(JSON.readTree(EXPECTED), render(report()));
    }

    @Test
    void theTopLevelFieldsComeInTheContractsOrder() throws IOException {
        List<String> names = new java.util.ArrayList<>();
        render(report()).fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("schemaVersion", "environment", "plan", "simulation", "summary", "changes", "drift",
                "findings", "policies", "waivers", "decision", "warnings"), names);
    }

    @Test
    void aDenyHasNoRequiredApprovalsAndAnUnknownActionIsCounted() throws IOException {
        Report r = report();
        Report denied = new Report(1, "dev", new Report.PlanInfo("p.json", "sha256:0", "1.2", "1.10.0", true, false),
                Report.SimulationInfo.NONE, new Summary(0, 0, 0, 0, 0, 0, 0, 3, 0), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), new Decision.Deny(List.of("the plan errored")), List.of());
        JsonNode json = render(denied);
        assertEquals(JSON.readTree("""
                {"outcome": "deny", "reasons": ["the plan errored"], "requiredApprovals": []}"""), json.get("decision"));
        assertEquals(JSON.readTree("""
                {"digest": "sha256:0", "formatVersion": "1.2", "terraformVersion": "1.10.0", "errored": true,
                 "complete": false}"""), json.get("plan"));
        assertEquals(JSON.readTree("""
                {"source": "none", "requests": 0}"""), json.get("simulation"));
        assertEquals(JSON.readTree("""
                {"create": 0, "update": 0, "delete": 0, "replace": 0, "read": 0, "noop": 0, "forget": 0, "unknown": 3,
                 "drift": 0}"""), json.get("summary"));
        assertEquals(JSON.readTree("""
                {"outcome": "allow", "reasons": ["nothing fired"], "requiredApprovals": []}"""),
                render(new Report(1, "dev", r.plan(), r.simulation(), r.summary(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), new Decision.Allow(List.of("nothing fired")), List.of()))
                        .get("decision"));
    }
}
