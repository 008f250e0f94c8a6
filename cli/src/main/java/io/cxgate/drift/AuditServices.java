package io.cxgate.drift;

import java.util.Map;
import java.util.Optional;

/**
 * Where the audit trail keeps changes to a resource type: the audit service ({@code serviceName} of
 * {@code POST /api/v2/audits/query}) and its {@code entityType}, as {@code GET /api/v2/audits/query/servicemapping}
 * lists them. Types not listed here are attributed from the object's {@code modifiedBy}/{@code dateModified}.
 */
final class AuditServices {
    /** The audit service and entity type of one resource type. */
    record Target(String service, String entityType) {
    }

    private static final Map<String, Target> BY_TYPE = Map.ofEntries(
            Map.entry("genesyscloud_routing_queue", new Target("Routing", "Queue")),
            Map.entry("genesyscloud_routing_skill", new Target("Routing", "Skill")),
            Map.entry("genesyscloud_routing_skill_group", new Target("Routing", "SkillGroup")),
            Map.entry("genesyscloud_routing_language", new Target("Routing", "Language")),
            Map.entry("genesyscloud_routing_wrapupcode", new Target("Routing", "WrapupCode")),
            Map.entry("genesyscloud_routing_email_domain", new Target("Routing", "EmailDomain")),
            Map.entry("genesyscloud_routing_email_route", new Target("Routing", "EmailRoute")),
            Map.entry("genesyscloud_flow", new Target("Architect", "Flow")),
            Map.entry("genesyscloud_architect_datatable", new Target("Architect", "DataTable")),
            Map.entry("genesyscloud_architect_schedules", new Target("Architect", "Schedule")),
            Map.entry("genesyscloud_architect_schedulegroups", new Target("Architect", "ScheduleGroup")),
            Map.entry("genesyscloud_architect_user_prompt", new Target("Architect", "UserPrompt")),
            Map.entry("genesyscloud_user", new Target("Directory", "User")),
            Map.entry("genesyscloud_group", new Target("Directory", "Group")),
            Map.entry("genesyscloud_integration", new Target("Integrations", "Integration")),
            Map.entry("genesyscloud_integration_action", new Target("Integrations", "Action")),
            Map.entry("genesyscloud_telephony_providers_edges_did_pool", new Target("Telephony", "DidPool")),
            Map.entry("genesyscloud_telephony_providers_edges_site", new Target("Telephony", "Site")));

    private AuditServices() {
    }

    static Optional<Target> of(String resourceType) {
        return Optional.ofNullable(BY_TYPE.get(resourceType));
    }
}
