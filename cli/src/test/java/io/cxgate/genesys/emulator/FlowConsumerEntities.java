package io.cxgate.genesys.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.genesys.source.OrgObject;

/**
 * {@link ApiEntities} for the objects that use flows outside dependency tracking, as the Platform API
 * models them (SDK models WebDeployment, Recipient, EmergencyGroup/EmergencyCallFlow, ResponseSet/Reaction,
 * Trigger/Target); written from those models, not from cxgate's listing code.
 */
final class FlowConsumerEntities {
    private FlowConsumerEntities() {
    }

    /** Renders the fields of {@code o} into {@code e}; false for a type this class does not know. */
    static boolean render(OrgObject o, ObjectNode e) {
        switch (o.resourceType()) {
            case "genesyscloud_webdeployments_deployment" -> {
                e.put("description", "");
                e.put("allowAllDomains", true);
                e.put("status", o.text("status") == null ? "Active" : o.text("status"));
                e.putObject("configuration").put("id", "cfg-" + o.id()).put("version", "3");
                if (o.text("flowId") != null) {
                    e.putObject("flow").put("id", o.text("flowId")).put("name", "flow")
                            .put("selfUri", "/api/v2/flows/" + o.text("flowId"));
                }
            }
            case "genesyscloud_routing_message_recipient" -> {
                e.put("messengerType", o.text("messengerType") == null ? "sms" : o.text("messengerType"));
                ApiEntities.refAttr(o, e, "flowId", "flow", "/api/v2/flows/");
                e.put("dateCreated", "2025-01-10T09:00:00.000Z");
            }
            case "genesyscloud_architect_emergencygroup" -> {
                e.put("state", "active");
                e.put("enabled", !Boolean.FALSE.equals(o.attributes().get("enabled")));
                ArrayNode flows = e.putArray("emergencyCallFlows");
                var ivrs = o.texts("ivrIds");
                for (String flowId : o.texts("emergencyFlowIds")) {
                    ObjectNode f = flows.addObject();
                    ApiEntities.ref(f, "emergencyFlow", flowId, "/api/v2/flows/");
                    ArrayNode ivrArray = f.putArray("ivrs");
                    ivrs.forEach(id -> ivrArray.addObject().put("id", id).put("selfUri", "/api/v2/architect/ivrs/" + id));
                }
            }
            case "genesyscloud_outbound_callanalysisresponseset" -> {
                e.put("beepDetectionEnabled", false);
                ObjectNode responses = e.putObject("responses");
                responses.putObject("callable_fax").put("reactionType", "hangup");
                String[] kinds = {"callable_person", "callable_machine", "callable_busy"};
                var flows = o.texts("transferFlowIds");
                for (int i = 0; i < flows.size() && i < kinds.length; i++) {
                    responses.putObject(kinds[i]).put("reactionType", "transfer_flow").put("data", flows.get(i))
                            .put("name", "flow");
                }
            }
            case "genesyscloud_processautomation_trigger" -> {
                e.put("topicName", o.text("topicName") == null ? "v2.detail.events.conversation.{id}.customer.end"
                        : o.text("topicName"));
                e.put("enabled", !Boolean.FALSE.equals(o.attributes().get("enabled")));
                e.put("version", 1);
                if (o.text("workflowId") != null) {
                    e.putObject("target").put("type", "Workflow").put("id", o.text("workflowId"));
                }
            }
            case "genesyscloud_telephony_providers_edges_did" -> {
                // DID: phoneNumber, didPool, owner (a user, phone, IVR or group) and ownerType
                e.put("phoneNumber", o.text("phoneNumber"));
                e.put("state", "active");
                ApiEntities.refAttr(o, e, "didPoolId", "didPool", "/api/v2/telephony/providers/edges/didpools/");
                if (o.text("ownerId") != null) {
                    e.putObject("owner").put("id", o.text("ownerId")).put("name", o.text("ownerName"))
                            .put("selfUri", "/api/v2/users/" + o.text("ownerId"));
                    e.put("ownerType", o.text("ownerType"));
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
