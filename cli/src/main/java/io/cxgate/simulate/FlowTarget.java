package io.cxgate.simulate;

/** The kinds of org object an Archy flow refers to by name, with the resource type that lists them. */
public enum FlowTarget {
    QUEUE("genesyscloud_routing_queue", "queue"),
    DATA_ACTION("genesyscloud_integration_action", "data action"),
    SCHEDULE_GROUP("genesyscloud_architect_schedulegroups", "schedule group"),
    SCHEDULE("genesyscloud_architect_schedules", "schedule"),
    PROMPT("genesyscloud_architect_user_prompt", "user prompt"),
    FLOW("genesyscloud_flow", "flow"),
    SCRIPT("genesyscloud_script", "script"),
    WRAPUP_CODE("genesyscloud_routing_wrapupcode", "wrap-up code"),
    LANGUAGE("genesyscloud_routing_language", "language"),
    SKILL("genesyscloud_routing_skill", "skill"),
    DIVISION("genesyscloud_auth_division", "division"),
    EMERGENCY_GROUP("genesyscloud_architect_emergencygroup", "emergency group"),
    CONTACT_LIST("genesyscloud_outbound_contact_list", "contact list"),
    DATA_TABLE("genesyscloud_architect_datatable", "data table"),
    GROUP("genesyscloud_group", "group"),
    USER("genesyscloud_user", "user"),
    /** A user named by email address rather than by name. */
    USER_BY_EMAIL("genesyscloud_user", "user");

    private final String resourceType;
    private final String noun;

    FlowTarget(String resourceType, String noun) {
        this.resourceType = resourceType;
        this.noun = noun;
    }

    /** The {@code genesyscloud_*} type whose listing answers whether the name exists. */
    public String resourceType() {
        return resourceType;
    }

    /** How messages name the kind, e.g. {@code schedule group}. */
    public String noun() {
        return noun;
    }
}
