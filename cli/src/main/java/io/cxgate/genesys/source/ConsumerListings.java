package io.cxgate.genesys.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.genesys.source.OrgObject.Attributes;
import io.cxgate.genesys.source.ResourceListings.Listing;
import io.cxgate.genesys.source.ResourceListings.Paging;

/**
 * The rows of {@link ResourceListings} for objects that matter to the live-org check mostly as users
 * of flows outside Architect dependency tracking (issue 15 item 4): each listed once per type.
 *
 * <table>
 * <caption>attributes kept, per resource type</caption>
 * <tr><th>resource type</th><th>endpoint</th><th>attributes</th></tr>
 * <tr><td>webdeployments_deployment</td><td>/api/v2/webdeployments/deployments (one unpaged listing)</td><td>flowId
 *   ({@code flow.id}, the inbound message flow), status</td></tr>
 * <tr><td>routing_message_recipient (no Terraform resource: the recipient comes with its SMS number or
 *   messaging integration)</td><td>/api/v2/routing/message/recipients</td><td>flowId ({@code flow.id}),
 *   messengerType</td></tr>
 * <tr><td>architect_emergencygroup</td><td>/api/v2/architect/emergencygroups</td><td>emergencyFlowIds
 *   ({@code emergencyCallFlows[].emergencyFlow.id}), ivrIds ({@code emergencyCallFlows[].ivrs[].id}), enabled</td></tr>
 * <tr><td>outbound_callanalysisresponseset</td><td>/api/v2/outbound/callanalysisresponsesets</td><td>transferFlowIds
 *   ({@code responses.*.data} of the {@code transfer_flow} reactions)</td></tr>
 * <tr><td>processautomation_trigger</td><td>/api/v2/processautomation/triggers (cursor)</td><td>workflowId
 *   ({@code target.id} when {@code target.type} is {@code Workflow}), topicName, enabled</td></tr>
 * <tr><td>telephony_providers_edges_did (the provider's data source: every number of every DID pool, named by
 *   the number)</td><td>/api/v2/telephony/providers/edges/dids</td><td>phoneNumber, didPoolId, ownerId, ownerType
 *   ({@code USER}, {@code PHONE}, {@code IVR_CONFIG}, {@code GROUP}; absent when unassigned)</td></tr>
 * <tr><td>outbound_wrapupcodemappings (one object per org, ID {@code wrapupcodemappings} as the provider sets
 *   it)</td><td>/api/v2/outbound/wrapupcodemappings (one object, not a listing; 404 where the org has no Outbound:
 *   no object)</td><td>mapping (wrap-up code ID → its flags), defaultSet (the flags of codes not mapped)</td></tr>
 * </table>
 */
final class ConsumerListings {
    static final String WEB_DEPLOYMENT = "genesyscloud_webdeployments_deployment";
    static final String MESSAGE_RECIPIENT = "genesyscloud_routing_message_recipient";
    static final String EMERGENCY_GROUP = "genesyscloud_architect_emergencygroup";
    static final String RESPONSE_SET = "genesyscloud_outbound_callanalysisresponseset";
    static final String TRIGGER = "genesyscloud_processautomation_trigger";
    static final String DID = "genesyscloud_telephony_providers_edges_did";
    static final String WRAPUP_CODE_MAPPINGS = "genesyscloud_outbound_wrapupcodemappings";
    /** The provider's ID of the singleton ({@code d.SetId("wrapupcodemappings")}), so state and org agree. */
    static final String WRAPUP_CODE_MAPPINGS_ID = "wrapupcodemappings";

    private ConsumerListings() {
    }

    static void addTo(Map<String, Listing> t) {
        ResourceListings.add(t, WEB_DEPLOYMENT, "/api/v2/webdeployments/deployments", Paging.PAGES,
                e -> ResourceListings.object(e, WEB_DEPLOYMENT, "WEBDEPLOYMENT", new Attributes()
                        .put("flowId", ResourceListings.refId(e, "flow"))
                        .put("status", ResourceListings.text(e, "status"))));
        ResourceListings.add(t, MESSAGE_RECIPIENT, "/api/v2/routing/message/recipients", Paging.PAGES,
                e -> ResourceListings.object(e, MESSAGE_RECIPIENT, "MESSAGERECIPIENT", new Attributes()
                        .put("flowId", ResourceListings.refId(e, "flow"))
                        .put("messengerType", ResourceListings.text(e, "messengerType"))));
        ResourceListings.add(t, EMERGENCY_GROUP, "/api/v2/architect/emergencygroups", Paging.PAGES,
                e -> ResourceListings.object(e, EMERGENCY_GROUP, "EMERGENCYGROUP", new Attributes()
                        .put("emergencyFlowIds", emergencyFlows(e))
                        .put("ivrIds", emergencyIvrs(e))
                        .put("enabled", e.hasNonNull("enabled") ? e.get("enabled").asBoolean() : null)));
        ResourceListings.add(t, RESPONSE_SET, "/api/v2/outbound/callanalysisresponsesets", Paging.PAGES,
                e -> ResourceListings.object(e, RESPONSE_SET, "CALLANALYSISRESPONSESET", new Attributes()
                        .put("transferFlowIds", transferFlows(e))));
        ResourceListings.add(t, TRIGGER, "/api/v2/processautomation/triggers", Paging.CURSOR,
                e -> ResourceListings.object(e, TRIGGER, "PROCESSAUTOMATIONTRIGGER", new Attributes()
                        .put("workflowId", "Workflow".equalsIgnoreCase(ResourceListings.text(e.path("target"), "type"))
                                ? ResourceListings.text(e.path("target"), "id") : null)
                        .put("topicName", ResourceListings.text(e, "topicName"))
                        .put("enabled", e.hasNonNull("enabled") ? e.get("enabled").asBoolean() : null)));
    }

    /** Issue 15 item 6: the org's numbers and who they are assigned to. */
    static void addNumbers(Map<String, Listing> t) {
        ResourceListings.add(t, DID, "/api/v2/telephony/providers/edges/dids", Paging.PAGES, e -> {
            String number = ResourceListings.text(e, "phoneNumber");
            return ResourceListings.object(e, number == null ? ResourceListings.text(e, "id") : number, DID, "DID",
                    new Attributes()
                            .put("phoneNumber", number)
                            .put("didPoolId", ResourceListings.refId(e, "didPool"))
                            .put("ownerId", ResourceListings.refId(e, "owner"))
                            .put("ownerName", ResourceListings.text(e.path("owner"), "name"))
                            .put("ownerType", ResourceListings.text(e, "ownerType")));
        });
    }

    /**
     * Issue 15 item 5: {@code GET /api/v2/outbound/wrapupcodemappings} answers one WrapUpCodeMapping
     * {@code {id, name, version, defaultSet: [flag], mapping: {wrapupCodeId: [flag]}, selfUri}}.
     */
    static void addWrapupCodeMappings(Map<String, Listing> t) {
        t.put(WRAPUP_CODE_MAPPINGS, new Listing(WRAPUP_CODE_MAPPINGS, "/api/v2/outbound/wrapupcodemappings",
                Paging.SINGLE, List.of(Map.of()), e -> {
                    Map<String, Object> mapping = new java.util.TreeMap<>();
                    e.path("mapping").properties().forEach(m -> mapping.put(m.getKey(),
                            ResourceListings.texts(e.path("mapping"), m.getKey())));
                    return new OrgObject(WRAPUP_CODE_MAPPINGS_ID, "Wrap-up code mappings", WRAPUP_CODE_MAPPINGS,
                            "WRAPUPCODEMAPPING", null, new Attributes()
                                    .put("mapping", mapping)
                                    .put("defaultSet", ResourceListings.texts(e, "defaultSet"))
                                    .put("version", e.hasNonNull("version") ? e.get("version").asLong() : null)
                                    .build(), null, null);
                }));
    }

    /** {@code config.current.credentials{basicAuth: {id}}} → the credential IDs; null when there are none. */
    static List<String> credentialIds(JsonNode e) {
        List<String> out = new ArrayList<>();
        e.path("config").path("current").path("credentials").properties().forEach(c -> {
            String id = ResourceListings.text(c.getValue(), "id");
            if (id != null && !out.contains(id)) {
                out.add(id);
            }
        });
        return out.isEmpty() ? null : out;
    }

    /**
     * The skill (or language) names a skill group's {@code skillConditions} name, nested
     * {@code childConditions} included, each once; null when there are none (so the attribute is absent).
     *
     * @param list  {@code routingSkillConditions} or {@code languageSkillConditions}
     * @param field {@code routingSkill} or {@code languageSkill}: a name, not an ID
     */
    static List<String> conditionNames(JsonNode e, String list, String field) {
        List<String> out = new ArrayList<>();
        collect(e.path("skillConditions"), list, field, out);
        return out.isEmpty() ? null : out;
    }

    private static void collect(JsonNode conditions, String list, String field, List<String> out) {
        conditions.forEach(condition -> condition.path(list).forEach(c -> {
            String name = ResourceListings.text(c, field);
            if (name != null && !out.contains(name)) {
                out.add(name);
            }
            collect(c.path("childConditions"), list, field, out);
        }));
    }

    private static List<String> emergencyFlows(JsonNode e) {
        List<String> out = new ArrayList<>();
        e.path("emergencyCallFlows").forEach(f -> {
            String id = ResourceListings.refId(f, "emergencyFlow");
            if (id != null && !out.contains(id)) {
                out.add(id);
            }
        });
        return out;
    }

    private static List<String> emergencyIvrs(JsonNode e) {
        List<String> out = new ArrayList<>();
        e.path("emergencyCallFlows").forEach(f -> ResourceListings.refIds(f, "ivrs").stream()
                .filter(id -> !out.contains(id)).forEach(out::add));
        return out;
    }

    /** {@code responses{callable_person: {reactionType: transfer_flow, data: flowId}}} → the flow IDs. */
    private static List<String> transferFlows(JsonNode e) {
        List<String> out = new ArrayList<>();
        e.path("responses").properties().forEach(r -> {
            JsonNode reaction = r.getValue();
            String data = ResourceListings.text(reaction, "data");
            if ("transfer_flow".equalsIgnoreCase(ResourceListings.text(reaction, "reactionType")) && data != null
                    && !out.contains(data)) {
                out.add(data);
            }
        });
        return out;
    }
}
