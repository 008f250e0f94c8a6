package io.cxgate.plan;

import java.util.List;

/**
 * The one action vocabulary used in reports, CEL and policy matches. Importing and moving are
 * flags on a change, not actions.
 */
public enum Action {
    CREATE("create"),
    UPDATE("update"),
    DELETE("delete"),
    REPLACE("replace"),
    READ("read"),
    NOOP("no-op"),
    FORGET("forget"),
    /** An action list cxgate does not know; such a plan never yields allow. */
    UNKNOWN("unknown");

    private final String id;

    Action(String id) {
        this.id = id;
    }

    /** The name used in reports, CEL and policy files. */
    public String id() {
        return id;
    }

    public boolean isDestructive() {
        return this == DELETE || this == REPLACE;
    }

    /** Maps Terraform's {@code change.actions} list onto the vocabulary. */
    public static Action fromTerraform(List<String> actions) {
        if (actions.size() == 1) {
            switch (actions.get(0)) {
                case "create": return CREATE;
                case "update": return UPDATE;
                case "delete": return DELETE;
                case "read": return READ;
                case "no-op": return NOOP;
                case "forget": return FORGET;
                default: return UNKNOWN;
            }
        }
        if (actions.equals(List.of("delete", "create")) || actions.equals(List.of("create", "delete"))) {
            return REPLACE;
        }
        return UNKNOWN;
    }

    /** Parses a vocabulary name as written in policy files. */
    public static Action fromId(String id) {
        for (Action action : values()) {
            if (action.id.equals(id) && action != UNKNOWN) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown action '" + id
                + "' (one of create, update, delete, replace, read, no-op, forget)");
    }
}
