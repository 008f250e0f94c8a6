package io.cxgate.genesys.emulator;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.genesys.source.OrgObject;

/**
 * Renders an {@link OrgObject} the way the Platform API returns it in a listing: nested
 * {@code {id, selfUri}} references, the real field names, and some fields cxgate ignores.
 * Written independently of {@code ResourceListings}, so a round trip through the emulator checks
 * the live mapping against a second description of the API.
 */
final class ApiEntities {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Resource type → list path. */
    static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("genesyscloud_routing_queue", "/api/v2/routing/queues"),
            Map.entry("genesyscloud_routing_skill", "/api/v2/routing/skills"),
            Map.entry("genesyscloud_routing_skill_group", "/api/v2/routing/skillgroups"),
            Map.entry("genesyscloud_routing_wrapupcode", "/api/v2/routing/wrapupcodes"),
            Map.entry("genesyscloud_routing_language", "/api/v2/routing/languages"),
            Map.entry("genesyscloud_flow", "/api/v2/flows"),
            Map.entry("genesyscloud_architect_schedules", "/api/v2/architect/schedules"),
            Map.entry("genesyscloud_architect_schedulegroups", "/api/v2/architect/schedulegroups"),
            Map.entry("genesyscloud_architect_ivr", "/api/v2/architect/ivrs"),
            Map.entry("genesyscloud_integration", "/api/v2/integrations"),
            Map.entry("genesyscloud_integration_action", "/api/v2/integrations/actions"),
            Map.entry("genesyscloud_user", "/api/v2/users"),
            Map.entry("genesyscloud_group", "/api/v2/groups"),
            Map.entry("genesyscloud_auth_division", "/api/v2/authorization/divisions"),
            Map.entry("genesyscloud_location", "/api/v2/locations"),
            Map.entry("genesyscloud_telephony_providers_edges_did_pool", "/api/v2/telephony/providers/edges/didpools"),
            Map.entry("genesyscloud_routing_email_domain", "/api/v2/routing/email/domains"),
            Map.entry("genesyscloud_script", "/api/v2/scripts"),
            Map.entry("genesyscloud_architect_user_prompt", "/api/v2/architect/prompts"),
            Map.entry("genesyscloud_webdeployments_deployment", "/api/v2/webdeployments/deployments"),
            Map.entry("genesyscloud_routing_message_recipient", "/api/v2/routing/message/recipients"),
            Map.entry("genesyscloud_architect_emergencygroup", "/api/v2/architect/emergencygroups"),
            Map.entry("genesyscloud_outbound_callanalysisresponseset", "/api/v2/outbound/callanalysisresponsesets"),
            Map.entry("genesyscloud_processautomation_trigger", "/api/v2/processautomation/triggers"),
            Map.entry("genesyscloud_telephony_providers_edges_did", "/api/v2/telephony/providers/edges/dids"),
            Map.entry(WrapupCodeMappingsEndpoint.TYPE, WrapupCodeMappingsEndpoint.PATH));

    private ApiEntities() {
    }

    /** The list path of a resource type, or null when the emulator does not serve it. */
    static String pathOf(String resourceType) {
        String path = PATHS.get(resourceType);
        return path != null ? path : FlowTargetEntities.PATHS.get(resourceType);
    }

    /** Whether a path is the list path of a type the emulator serves. */
    static boolean serves(String path) {
        return PATHS.containsValue(path) || FlowTargetEntities.PATHS.containsValue(path);
    }

    static ObjectNode render(OrgObject o, boolean expandSkills, boolean expandLanguages) {
        return render(o, expandSkills, expandLanguages, false);
    }

    /**
     * @param expandConfig {@code expand=config.current}: an integration's current configuration
     *                     ({@code config.current.credentials{name: {id, name}}} from {@code credentialIds})
     */
    static ObjectNode render(OrgObject o, boolean expandSkills, boolean expandLanguages, boolean expandConfig) {
        ObjectNode e = JSON.createObjectNode();
        e.put("id", o.id());
        e.put("name", o.name());
        String path = pathOf(o.resourceType()) == null ? "/api/v2/unknown" : pathOf(o.resourceType());
        if (o.division() != null) {
            ref(e, "division", o.division(), "/api/v2/authorization/divisions/");
        }
        if (o.dateModified() != null) {
            e.put(o.resourceType().equals("genesyscloud_script") ? "modifiedDate" : "dateModified",
                    o.dateModified().toString());
        }
        if (o.modifiedBy() != null) {
            e.put("modifiedBy", o.modifiedBy());
        }
        switch (o.resourceType()) {
            case "genesyscloud_routing_queue" -> {
                copy(o, e, "description", "memberCount", "skillEvaluationMethod", "peerId");
                e.put("userMemberCount", o.attributes().getOrDefault("memberCount", 0L).toString());
                ObjectNode acw = e.putObject("acwSettings");
                copyAs(o, acw, "acwWrapupPrompt", "wrapupPrompt");
                copyAs(o, acw, "acwTimeoutMs", "timeoutMs");
                ObjectNode settings = e.putObject("mediaSettings");
                ObjectNode media = settings.putObject("call");
                media.put("alertingTimeoutSeconds", 8);
                media.putObject("serviceLevel").put("percentage", 0.8).put("durationMs", 20000);
                ObjectNode callback = settings.putObject("callback");
                callback.put("mode", "AgentFirst");
                refAttr(o, callback, "callbackLiveVoiceFlowId", "liveVoiceFlow", "/api/v2/flows/");
                refAttr(o, callback, "callbackAnsweringMachineFlowId", "answeringMachineFlow", "/api/v2/flows/");
                if (o.text("messageInactivityFlowId") != null) {
                    ObjectNode inactivity = settings.putObject("message").putObject("inactivityTimeoutSettings");
                    inactivity.put("timeoutSeconds", 600).put("actionType", "TransferToFlow");
                    ref(inactivity, "flowId", o.text("messageInactivityFlowId"), "/api/v2/flows/");
                }
                refAttr(o, e, "queueFlowId", "queueFlow", "/api/v2/flows/");
                refAttr(o, e, "emailInQueueFlowId", "emailInQueueFlow", "/api/v2/flows/");
                refAttr(o, e, "messageInQueueFlowId", "messageInQueueFlow", "/api/v2/flows/");
                refAttr(o, e, "whisperPromptId", "whisperPrompt", "/api/v2/architect/prompts/");
                refAttr(o, e, "onHoldPromptId", "onHoldPrompt", "/api/v2/architect/prompts/");
                if (!o.texts("bullseyeSkillIds").isEmpty()) {
                    ObjectNode ring = e.putArray("bullseyeRings").addObject();
                    ring.put("expansionTimeoutSeconds", 15);
                    o.texts("bullseyeSkillIds").forEach(s -> ring.withArray("skillsToRemove").addObject().put("id", s)
                            .put("selfUri", "/api/v2/routing/skills/" + s));
                }
                if (o.attributes().get("defaultScriptIds") instanceof Map<?, ?> scripts) {
                    ObjectNode node = e.putObject("defaultScripts");
                    scripts.forEach((media2, id) -> ref(node, (String) media2, (String) id, "/api/v2/scripts/"));
                }
            }
            case "genesyscloud_routing_skill", "genesyscloud_routing_language" -> copy(o, e, "state");
            case "genesyscloud_routing_skill_group" -> {
                copy(o, e, "description", "memberCount");
                // SkillGroupCondition: routingSkillConditions[{routingSkill (a name), comparator, proficiency,
                // childConditions}], languageSkillConditions[{languageSkill, …}], operation
                ObjectNode condition = e.putArray("skillConditions").addObject();
                ArrayNode skills = condition.putArray("routingSkillConditions");
                o.texts("conditionSkills").forEach(n -> skills.addObject().put("routingSkill", n)
                        .put("comparator", "GreaterThan").put("proficiency", 2).putArray("childConditions"));
                ArrayNode languages = condition.putArray("languageSkillConditions");
                o.texts("conditionLanguages").forEach(n -> languages.addObject().put("languageSkill", n)
                        .put("comparator", "GreaterThan").put("proficiency", 2).putArray("childConditions"));
                condition.put("operation", "And");
            }
            case "genesyscloud_routing_wrapupcode" -> copy(o, e, "description");
            case "genesyscloud_flow" -> {
                copyAs(o, e, "flowType", "type");
                copy(o, e, "active", "system");
                e.put("deleted", false);
                if (o.text("publishedVersionId") != null) {
                    e.putObject("publishedVersion").put("id", o.text("publishedVersionId"))
                            .put("selfUri", path + "/" + o.id() + "/versions/" + o.text("publishedVersionId"));
                    e.putObject("checkedInVersion").put("id", o.text("publishedVersionId"));
                }
            }
            case "genesyscloud_architect_schedules" -> copy(o, e, "start", "end", "rrule");
            case "genesyscloud_architect_schedulegroups" -> {
                copy(o, e, "timeZone");
                refList(o, e, "openScheduleIds", "openSchedules", "/api/v2/architect/schedules/");
                refList(o, e, "closedScheduleIds", "closedSchedules", "/api/v2/architect/schedules/");
                refList(o, e, "holidayScheduleIds", "holidaySchedules", "/api/v2/architect/schedules/");
            }
            case "genesyscloud_architect_ivr" -> {
                ArrayNode dnis = e.putArray("dnis");
                o.texts("dnis").forEach(dnis::add);
                refAttr(o, e, "openHoursFlowId", "openHoursFlow", "/api/v2/flows/");
                refAttr(o, e, "closedHoursFlowId", "closedHoursFlow", "/api/v2/flows/");
                refAttr(o, e, "holidayHoursFlowId", "holidayHoursFlow", "/api/v2/flows/");
                refAttr(o, e, "scheduleGroupId", "scheduleGroup", "/api/v2/architect/schedulegroups/");
            }
            case "genesyscloud_integration" -> {
                refAttr(o, e, "integrationType", "integrationType", "/api/v2/integrations/types/");
                copy(o, e, "intendedState");
                e.putObject("reportedState").put("code", "ACTIVE");
                if (expandConfig) {
                    ObjectNode current = e.putObject("config").putObject("current");
                    current.put("name", o.name()).put("version", 1).putObject("properties");
                    ObjectNode credentials = current.putObject("credentials");
                    List<String> ids = o.texts("credentialIds");
                    for (int i = 0; i < ids.size(); i++) {
                        credentials.putObject(i == 0 ? "basicAuth" : "credential" + (i + 1)).put("id", ids.get(i))
                                .put("name", "credential " + (i + 1));
                    }
                }
            }
            case "genesyscloud_integration_action" -> copy(o, e, "category", "integrationId", "secure");
            case "genesyscloud_user" -> {
                copy(o, e, "email", "state");
                e.put("username", o.text("email"));
                e.put("version", 3);
                if (expandSkills) {
                    ArrayNode skills = e.putArray("skills");
                    for (String id : o.texts("routingSkills")) {
                        skills.addObject().put("id", id).put("proficiency", 3.0).put("state", "active")
                                .put("skillUri", "/api/v2/routing/skills/" + id)
                                .put("selfUri", "/api/v2/users/" + o.id() + "/routingskills/" + id);
                    }
                }
                if (expandLanguages) {
                    ArrayNode languages = e.putArray("languages");
                    for (String id : o.texts("routingLanguages")) {
                        languages.addObject().put("id", id).put("proficiency", 5.0).put("state", "active")
                                .put("languageUri", "/api/v2/routing/languages/" + id);
                    }
                }
            }
            case "genesyscloud_group" -> {
                copy(o, e, "type", "visibility", "memberCount");
                e.put("state", "active");
            }
            case "genesyscloud_auth_division" -> copy(o, e, "homeDivision");
            case "genesyscloud_location" -> {
                ArrayNode p = e.putArray("path");
                o.texts("path").forEach(p::add);
                e.putObject("address").put("city", "Indianapolis").put("country", "US");
                e.put("state", "active");
            }
            case "genesyscloud_telephony_providers_edges_did_pool" -> {
                copy(o, e, "startPhoneNumber", "endPhoneNumber", "provider");
                if (o.name().equals(o.text("startPhoneNumber") + "–" + o.text("endPhoneNumber"))) {
                    e.remove("name"); // DID pools need not have a name
                }
                e.put("state", "active");
            }
            case "genesyscloud_routing_email_domain" -> {
                copy(o, e, "subDomain");
                e.put("mxRecordStatus", "VALID");
            }
            case "genesyscloud_routing_email_route" -> {
                e.remove("name"); // routes have no name; cxgate names them pattern@domain
                copy(o, e, "pattern", "fromName", "fromEmail", "priority");
                refAttr(o, e, "queueId", "queue", "/api/v2/routing/queues/");
                refAttr(o, e, "flowId", "flow", "/api/v2/flows/");
                refList(o, e, "skillIds", "skills", "/api/v2/routing/skills/");
                refAttr(o, e, "languageId", "language", "/api/v2/routing/languages/");
                refAttr(o, e, "spamFlowId", "spamFlow", "/api/v2/flows/");
            }
            case "genesyscloud_script" -> e.put("versionId", "1");
            case "genesyscloud_architect_user_prompt" -> {
                copy(o, e, "description");
                e.putArray("resources").addObject().put("language", "en-us").put("mediaUri", "https://example/p.wav");
            }
            default -> {
                if (!FlowConsumerEntities.render(o, e) && !FlowTargetEntities.render(o, e)) {
                    throw new IllegalArgumentException("the emulator cannot render " + o.resourceType());
                }
            }
        }
        e.put("selfUri", path + "/" + o.id());
        return e;
    }

    static void copy(OrgObject o, ObjectNode e, String... keys) {
        for (String key : keys) {
            copyAs(o, e, key, key);
        }
    }

    private static void copyAs(OrgObject o, ObjectNode e, String attribute, String field) {
        Object value = o.attributes().get(attribute);
        if (value != null) {
            e.set(field, JSON.valueToTree(value));
        }
    }

    static void refAttr(OrgObject o, ObjectNode e, String attribute, String field, String uriPrefix) {
        String id = o.text(attribute);
        if (id != null) {
            ref(e, field, id, uriPrefix);
        }
    }

    private static void refList(OrgObject o, ObjectNode e, String attribute, String field, String uriPrefix) {
        List<String> ids = o.texts(attribute);
        if (!ids.isEmpty()) {
            ArrayNode array = e.putArray(field);
            ids.forEach(id -> array.addObject().put("id", id).put("selfUri", uriPrefix + id));
        }
    }

    static void ref(ObjectNode e, String field, String id, String uriPrefix) {
        e.putObject(field).put("id", id).put("selfUri", uriPrefix + id);
    }
}
