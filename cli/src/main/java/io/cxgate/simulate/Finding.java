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
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        if (!severity.equals("error") && !severity.equals("warning") && !severity.equals("info")) {
            throw new IllegalArgumentException("severity must be error, warning or info, was " + severity);
        }
    }

    /** A live object in the org. */
    public record LiveObject(String apiType, String resourceType, String id, String name) {
    }
}
