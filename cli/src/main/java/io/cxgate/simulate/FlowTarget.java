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
    SKILL("genesyscloud_routing_skill", "skill");

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
