package io.cxgate.genesys.source;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.genesys.source.OrgObject.Attributes;

/**
 * The table behind {@link LiveOrgSource}: for each resource type, the list endpoint, how it pages,
 * the dependency-tracking type and which fields become {@link OrgObject#attributes()}.
 *
 * <table>
 * <caption>attributes kept, per resource type</caption>
 * <tr><th>resource type</th><th>endpoint</th><th>attributes</th></tr>
 * <tr><td>routing_queue</td><td>/api/v2/routing/queues</td><td>description, memberCount,
 *   skillEvaluationMethod, acwWrapupPrompt, acwTimeoutMs, queueFlowId, emailInQueueFlowId,
 *   messageInQueueFlowId, callbackLiveVoiceFlowId, callbackAnsweringMachineFlowId (mediaSettings.callback
 *   liveVoiceFlow / answeringMachineFlow), messageInactivityFlowId (mediaSettings.message
 *   .inactivityTimeoutSettings.flowId), whisperPromptId, onHoldPromptId, defaultScriptIds (media → script id), peerId,
 *   bullseyeSkillIds (skills of the bullseye rings); members per queue: /api/v2/routing/queues/{id}/members
 *   (memberIds, in snapshots)</td></tr>
 * <tr><td>routing_skill, routing_language</td><td>/api/v2/routing/skills, …/languages</td><td>state</td></tr>
 * <tr><td>routing_skill_group</td><td>/api/v2/routing/skillgroups (cursor)</td><td>description, memberCount,
 *   conditionSkills, conditionLanguages (the skill and language names its skillConditions name, nested ones
 *   too; absent when none)</td></tr>
 * <tr><td>routing_wrapupcode</td><td>/api/v2/routing/wrapupcodes</td><td>description</td></tr>
 * <tr><td>flow</td><td>/api/v2/flows</td><td>flowType, publishedVersionId, active, system</td></tr>
 * <tr><td>architect_schedules</td><td>/api/v2/architect/schedules</td><td>start, end, rrule</td></tr>
 * <tr><td>architect_schedulegroups</td><td>/api/v2/architect/schedulegroups</td><td>timeZone,
 *   openScheduleIds, closedScheduleIds, holidayScheduleIds</td></tr>
 * <tr><td>architect_ivr</td><td>/api/v2/architect/ivrs</td><td>dnis, openHoursFlowId,
 *   closedHoursFlowId, holidayHoursFlowId, scheduleGroupId</td></tr>
 * <tr><td>integration</td><td>/api/v2/integrations?expand=config.current</td><td>integrationType, intendedState,
 *   credentialIds (the credentials its current configuration uses: {@code config.current.credentials.*.id})</td></tr>
 * <tr><td>integration_action</td><td>/api/v2/integrations/actions</td><td>category, integrationId, secure</td></tr>
 * <tr><td>user</td><td>/api/v2/users?expand=skills,languages, state active then inactive (past the listing's
 *   10,000-result window: /api/v2/users/search by id, see {@link UserListing})</td><td>email,
 *   state, routingSkills (skill ids), routingLanguages (language ids)</td></tr>
 * <tr><td>group</td><td>/api/v2/groups</td><td>type, visibility, memberCount</td></tr>
 * <tr><td>auth_division</td><td>/api/v2/authorization/divisions</td><td>homeDivision</td></tr>
 * <tr><td>location</td><td>/api/v2/locations</td><td>path (ancestor location ids)</td></tr>
 * <tr><td>telephony_providers_edges_did_pool</td><td>/api/v2/telephony/providers/edges/didpools</td><td>startPhoneNumber,
 *   endPhoneNumber, provider</td></tr>
 * <tr><td>routing_email_domain</td><td>/api/v2/routing/email/domains</td><td>subDomain</td></tr>
 * <tr><td>routing_email_route</td><td>/api/v2/routing/email/domains/{domain}/routes, per domain</td><td>domainId,
 *   pattern, fromName, fromEmail, priority, queueId, flowId, skillIds, languageId, spamFlowId</td></tr>
 * <tr><td>script</td><td>/api/v2/scripts</td><td>–</td></tr>
 * <tr><td>architect_user_prompt</td><td>/api/v2/architect/prompts</td><td>description</td></tr>
 * </table>
 * Outbound wrap-up code mappings (one object per org): {@link ConsumerListings}.
 * Types that flows name by name only (contact lists, data tables, emergency groups): {@link FlowTargetListings}.
 */
final class ResourceListings {
    static final String QUEUE = "genesyscloud_routing_queue";
    static final String SKILL = "genesyscloud_routing_skill";
    static final String SKILL_GROUP = "genesyscloud_routing_skill_group";
    static final String WRAPUP_CODE = "genesyscloud_routing_wrapupcode";
    static final String LANGUAGE = "genesyscloud_routing_language";
    static final String FLOW = "genesyscloud_flow";
    static final String SCHEDULE = "genesyscloud_architect_schedules";
    static final String SCHEDULE_GROUP = "genesyscloud_architect_schedulegroups";
    static final String IVR = "genesyscloud_architect_ivr";
    static final String INTEGRATION = "genesyscloud_integration";
    static final String DATA_ACTION = "genesyscloud_integration_action";
    static final String USER = "genesyscloud_user";
    static final String GROUP = "genesyscloud_group";
    static final String DIVISION = "genesyscloud_auth_division";
    static final String LOCATION = "genesyscloud_location";
    static final String DID_POOL = "genesyscloud_telephony_providers_edges_did_pool";
    static final String EMAIL_DOMAIN = "genesyscloud_routing_email_domain";
    static final String EMAIL_ROUTE = "genesyscloud_routing_email_route";
    static final String SCRIPT = "genesyscloud_script";
    static final String PROMPT = "genesyscloud_architect_user_prompt";

    /** A queue's members' user IDs: listed per queue, stored on the queue in exported snapshots. */
    static final String MEMBER_IDS = "memberIds";
    /** The wrap-up codes a queue offers: listed per queue, stored on the queue in exported snapshots. */
    static final String WRAPUP_CODE_IDS = "wrapupCodeIds";

    /** How a type is listed. */
    enum Paging {
        /** {@code entities} + {@code pageCount}/{@code nextUri}. */
        PAGES,
        /** {@code entities} + {@code nextUri} with an {@code after} cursor. */
        CURSOR,
        /** routes listed per email domain. */
        PER_EMAIL_DOMAIN,
        /** One object per org ({@code GET} returns it, not a listing); 404: the org does not have it, no object. */
        SINGLE
    }

    /**
     * One row of the table.
     *
     * @param passes query parameters per listing pass; most types have one pass, users two
     *        (state active, state inactive: the API lists only active users by default)
     */
    record Listing(String resourceType, String path, Paging paging, List<Map<String, String>> passes,
            Function<JsonNode, OrgObject> mapper) {
    }

    private static final Map<String, Listing> TABLE = build();

    private ResourceListings() {
    }

    static Map<String, Listing> table() {
        return TABLE;
    }

    static Optional<Listing> forType(String resourceType) {
        return Optional.ofNullable(TABLE.get(resourceType));
    }

    /** Architect flow type ({@code INBOUNDCALL}) → dependency-tracking type ({@code INBOUNDCALLFLOW}). */
    static String flowObjectType(String flowType) {
        if (flowType == null || flowType.isBlank()) {
            return "FLOW";
        }
        return flowType.endsWith("FLOW") ? flowType : flowType + "FLOW";
    }

    /** An email route as an object; routes carry neither their domain nor a name, so both come from the listing. */
    static OrgObject emailRoute(JsonNode e, String domain) {
        String pattern = text(e, "pattern");
        Attributes a = new Attributes()
                .put("domainId", domain)
                .put("pattern", pattern)
                .put("fromName", text(e, "fromName"))
                .put("fromEmail", text(e, "fromEmail"))
                .put("priority", e.hasNonNull("priority") ? e.get("priority").asLong() : null)
                .put("queueId", refId(e, "queue"))
                .put("flowId", refId(e, "flow"))
                .put("skillIds", refIds(e, "skills"))
                .put("languageId", refId(e, "language"))
                .put("spamFlowId", refId(e, "spamFlow"));
        String name = (pattern == null ? text(e, "id") : pattern) + "@" + domain;
        return object(e, name, EMAIL_ROUTE, "EMAILROUTE", a);
    }

    private static Map<String, Listing> build() {
        Map<String, Listing> t = new LinkedHashMap<>();
        add(t, QUEUE, "/api/v2/routing/queues", Paging.PAGES, e -> object(e, QUEUE, "QUEUE", new Attributes()
                .put("description", text(e, "description"))
                .put("memberCount", e.hasNonNull("memberCount") ? e.get("memberCount").asLong() : null)
                .put("skillEvaluationMethod", text(e, "skillEvaluationMethod"))
                .put("acwWrapupPrompt", text(e.path("acwSettings"), "wrapupPrompt"))
                .put("acwTimeoutMs", e.path("acwSettings").hasNonNull("timeoutMs")
                        ? e.path("acwSettings").get("timeoutMs").asLong() : null)
                .put("queueFlowId", refId(e, "queueFlow"))
                .put("emailInQueueFlowId", refId(e, "emailInQueueFlow"))
                .put("messageInQueueFlowId", refId(e, "messageInQueueFlow"))
                .put("callbackLiveVoiceFlowId", refId(e.path("mediaSettings").path("callback"), "liveVoiceFlow"))
                .put("callbackAnsweringMachineFlowId",
                        refId(e.path("mediaSettings").path("callback"), "answeringMachineFlow"))
                .put("messageInactivityFlowId", refId(e.path("mediaSettings").path("message")
                        .path("inactivityTimeoutSettings"), "flowId"))
                .put("whisperPromptId", refId(e, "whisperPrompt"))
                .put("onHoldPromptId", refId(e, "onHoldPrompt"))
                .put("defaultScriptIds", refMap(e, "defaultScripts"))
                .put("bullseyeSkillIds", bullseyeSkills(e))
                .put("peerId", text(e, "peerId"))));
        add(t, SKILL, "/api/v2/routing/skills", Paging.PAGES, e -> object(e, SKILL, "ACDSKILL", new Attributes()
                .put("state", text(e, "state"))));
        add(t, SKILL_GROUP, "/api/v2/routing/skillgroups", Paging.CURSOR, e -> object(e, SKILL_GROUP, "SKILLGROUP",
                new Attributes()
                        .put("description", text(e, "description"))
                        .put("memberCount", e.hasNonNull("memberCount") ? e.get("memberCount").asLong() : null)
                        .put("conditionSkills", ConsumerListings.conditionNames(e, "routingSkillConditions",
                                "routingSkill"))
                        .put("conditionLanguages", ConsumerListings.conditionNames(e, "languageSkillConditions",
                                "languageSkill"))));
        add(t, WRAPUP_CODE, "/api/v2/routing/wrapupcodes", Paging.PAGES, e -> object(e, WRAPUP_CODE, "ACDWRAPUPCODE",
                new Attributes().put("description", text(e, "description"))));
        add(t, LANGUAGE, "/api/v2/routing/languages", Paging.PAGES, e -> object(e, LANGUAGE, "ACDLANGUAGE",
                new Attributes().put("state", text(e, "state"))));
        add(t, FLOW, "/api/v2/flows", Paging.PAGES, e -> object(e, FLOW, flowObjectType(text(e, "type")),
                new Attributes()
                        .put("flowType", text(e, "type"))
                        .put("publishedVersionId", refId(e, "publishedVersion"))
                        .put("active", e.hasNonNull("active") ? e.get("active").asBoolean() : null)
                        .put("system", e.hasNonNull("system") ? e.get("system").asBoolean() : null)));
        add(t, SCHEDULE, "/api/v2/architect/schedules", Paging.PAGES, e -> object(e, SCHEDULE, "SCHEDULE",
                new Attributes()
                        .put("start", text(e, "start"))
                        .put("end", text(e, "end"))
                        .put("rrule", text(e, "rrule"))));
        add(t, SCHEDULE_GROUP, "/api/v2/architect/schedulegroups", Paging.PAGES, e -> object(e, SCHEDULE_GROUP,
                "SCHEDULEGROUP", new Attributes()
                        .put("timeZone", text(e, "timeZone"))
                        .put("openScheduleIds", refIds(e, "openSchedules"))
                        .put("closedScheduleIds", refIds(e, "closedSchedules"))
                        .put("holidayScheduleIds", refIds(e, "holidaySchedules"))));
        add(t, IVR, "/api/v2/architect/ivrs", Paging.PAGES, e -> object(e, IVR, "IVRCONFIGURATION", new Attributes()
                .put("dnis", texts(e, "dnis"))
                .put("openHoursFlowId", refId(e, "openHoursFlow"))
                .put("closedHoursFlowId", refId(e, "closedHoursFlow"))
                .put("holidayHoursFlowId", refId(e, "holidayHoursFlow"))
                .put("scheduleGroupId", refId(e, "scheduleGroup"))));
        // expand=config.current: each integration's current configuration, for the credentials it uses
        t.put(INTEGRATION, new Listing(INTEGRATION, "/api/v2/integrations", Paging.PAGES,
                List.of(query("expand", "config.current")), e -> object(e, INTEGRATION, "INTEGRATION",
                new Attributes()
                        .put("integrationType", refId(e, "integrationType"))
                        .put("intendedState", text(e, "intendedState"))
                        .put("credentialIds", ConsumerListings.credentialIds(e)))));
        add(t, DATA_ACTION, "/api/v2/integrations/actions", Paging.PAGES, e -> object(e, DATA_ACTION, "DATAACTION",
                new Attributes()
                        .put("category", text(e, "category"))
                        .put("integrationId", text(e, "integrationId"))
                        .put("secure", e.hasNonNull("secure") ? e.get("secure").asBoolean() : null)));
        t.put(USER, new Listing(USER, "/api/v2/users", Paging.PAGES, List.of(
                query("expand", "skills,languages", "state", "active"),
                query("expand", "skills,languages", "state", "inactive")),
                e -> object(e, USER, "USER", new Attributes()
                        .put("email", text(e, "email"))
                        .put("state", text(e, "state"))
                        .put("routingSkills", refIds(e, "skills"))
                        .put("routingLanguages", refIds(e, "languages")))));
        add(t, GROUP, "/api/v2/groups", Paging.PAGES, e -> object(e, GROUP, "GROUP", new Attributes()
                .put("type", text(e, "type"))
                .put("visibility", text(e, "visibility"))
                .put("memberCount", e.hasNonNull("memberCount") ? e.get("memberCount").asLong() : null)));
        add(t, DIVISION, "/api/v2/authorization/divisions", Paging.PAGES, e -> object(e, DIVISION, "DIVISION",
                new Attributes().put("homeDivision", e.hasNonNull("homeDivision")
                        ? e.get("homeDivision").asBoolean() : null)));
        add(t, LOCATION, "/api/v2/locations", Paging.PAGES, e -> object(e, LOCATION, "LOCATION", new Attributes()
                .put("path", texts(e, "path"))));
        add(t, DID_POOL, "/api/v2/telephony/providers/edges/didpools", Paging.PAGES, e -> {
            String start = text(e, "startPhoneNumber");
            String end = text(e, "endPhoneNumber");
            String name = text(e, "name");
            if (name == null) {
                name = start != null && end != null ? start + "–" + end : text(e, "id");
            }
            return object(e, name, DID_POOL, "DIDPOOL", new Attributes()
                    .put("startPhoneNumber", start)
                    .put("endPhoneNumber", end)
                    .put("provider", text(e, "provider")));
        });
        add(t, EMAIL_DOMAIN, "/api/v2/routing/email/domains", Paging.PAGES, e -> {
            String name = text(e, "name");
            return object(e, name == null ? text(e, "id") : name, EMAIL_DOMAIN, "EMAILDOMAIN",
                    new Attributes().put("subDomain", e.hasNonNull("subDomain") ? e.get("subDomain").asBoolean() : null));
        });
        t.put(EMAIL_ROUTE, new Listing(EMAIL_ROUTE, "/api/v2/routing/email/domains/{domainName}/routes",
                Paging.PER_EMAIL_DOMAIN, List.of(Map.of()), e -> {
                    throw new IllegalStateException("email routes are mapped with their domain");
                }));
        add(t, SCRIPT, "/api/v2/scripts", Paging.PAGES, e -> object(e, SCRIPT, "COMPOSERSCRIPT", new Attributes()));
        add(t, PROMPT, "/api/v2/architect/prompts", Paging.PAGES, e -> object(e, PROMPT, "USERPROMPT",
                new Attributes().put("description", text(e, "description"))));
        ConsumerListings.addTo(t);
        ConsumerListings.addNumbers(t);
        ConsumerListings.addWrapupCodeMappings(t);
        FlowTargetListings.addTo(t);
        return java.util.Collections.unmodifiableMap(t);
    }

    /** Query parameters in the order given, so request URLs are stable. */
    private static Map<String, String> query(String... keysAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    static void add(Map<String, Listing> t, String type, String path, Paging paging,
            Function<JsonNode, OrgObject> mapper) {
        t.put(type, new Listing(type, path, paging, List.of(Map.of()), mapper));
    }

    static OrgObject object(JsonNode e, String resourceType, String apiType, Attributes a) {
        String name = text(e, "name");
        return object(e, name == null ? text(e, "id") : name, resourceType, apiType, a);
    }

    static OrgObject object(JsonNode e, String name, String resourceType, String apiType, Attributes a) {
        String id = text(e, "id");
        if (id == null) {
            throw new IllegalArgumentException("a " + resourceType + " entity has no id");
        }
        return new OrgObject(id, name, resourceType, apiType, refId(e, "division"), a.build(),
                instant(firstText(e, "dateModified", "modifiedDate")), modifiedBy(e));
    }

    private static String modifiedBy(JsonNode e) {
        JsonNode by = e.get("modifiedBy");
        if (by == null || by.isNull()) {
            return null;
        }
        return by.isTextual() ? by.asText() : text(by, "id");
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstText(JsonNode e, String... fields) {
        for (String field : fields) {
            String value = text(e, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static String text(JsonNode e, String field) {
        JsonNode value = e.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    static List<String> texts(JsonNode e, String field) {
        List<String> out = new ArrayList<>();
        e.path(field).forEach(v -> {
            if (v.isValueNode() && !v.isNull()) {
                out.add(v.asText());
            }
        });
        return out;
    }

    /** {@code e.field.id}. */
    static String refId(JsonNode e, String field) {
        JsonNode ref = e.get(field);
        return ref == null || !ref.isObject() ? null : text(ref, "id");
    }

    /** {@code e.field[].id}. */
    static List<String> refIds(JsonNode e, String field) {
        List<String> out = new ArrayList<>();
        e.path(field).forEach(ref -> {
            String id = ref.isObject() ? text(ref, "id") : null;
            if (id != null) {
                out.add(id);
            }
        });
        return out;
    }

    /** The skills a queue's bullseye rings route with: {@code bullseyeRings[].skillsToRemove[].id}. */
    private static List<String> bullseyeSkills(JsonNode e) {
        List<String> out = new ArrayList<>();
        e.path("bullseyeRings").forEach(ring -> refIds(ring, "skillsToRemove").stream()
                .filter(id -> !out.contains(id)).forEach(out::add));
        return out;
    }

    /** {@code e.field{KEY: {id}}} → {@code {KEY: id}}. */
    private static Map<String, Object> refMap(JsonNode e, String field) {
        Map<String, Object> out = new TreeMap<>();
        JsonNode map = e.get(field);
        if (map != null && map.isObject()) {
            map.properties().forEach(entry -> {
                String id = entry.getValue().isObject() ? text(entry.getValue(), "id") : null;
                if (id != null) {
                    out.put(entry.getKey(), id);
                }
            });
        }
        return out;
    }
}
