package io.cxgate.simulate;

import java.util.Objects;

/**
 * Something the live-org check found about a change: a live object Terraform does not manage
 * that the change would break or collide with.
 *
 * @param code     MISSING_REFERENCE, NAME_CONFLICT, DELETE_IN_USE, REPLACE_CHANGES_ID, FLOW_TARGET_MISSING,
 *                 OUT_OF_BAND_CHANGE or FLOW_FILE_UNAVAILABLE
 * @param severity error, warning or info
 * @param address  the plan address the finding is about
 * @param object   the live object involved, or null
 */
public record Finding(String code, String severity, String address, LiveObject object, String message) {
    public static final String MISSING_REFERENCE = "MISSING_REFERENCE";
    public static final String NAME_CONFLICT = "NAME_CONFLICT";
    public static final String DELETE_IN_USE = "DELETE_IN_USE";
    public static final String REPLACE_CHANGES_ID = "REPLACE_CHANGES_ID";
    public static final String FLOW_TARGET_MISSING = "FLOW_TARGET_MISSING";
    public static final String OUT_OF_BAND_CHANGE = "OUT_OF_BAND_CHANGE";
    public static final String FLOW_FILE_UNAVAILABLE = "FLOW_FILE_UNAVAILABLE";

    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String INFO = "info";

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        if (!severity.equals(ERROR) && !severity.equals(WARNING) && !severity.equals(INFO)) {
            throw new IllegalArgumentException("severity must be error, warning or info, was " + severity);
        }
    }

    /**
     * A live object in the org.
     *
     * @param apiType      the dependency-tracking object type, e.g. {@code QUEUE}, {@code INBOUNDCALLFLOW}
     * @param resourceType the {@code genesyscloud_*} type
     * @param id           its ID, or null when it is known only by name (a flow's missing target)
     * @param name         its name, or null when it is known only by ID (a missing reference)
     */
    public record LiveObject(String apiType, String resourceType, String id, String name) {
    }
}
