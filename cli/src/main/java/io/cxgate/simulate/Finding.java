package io.cxgate.simulate;

import java.util.Locale;
import java.util.Objects;

/**
 * Something the live-org check found about a change: a live object Terraform does not manage
 * that the change would break or collide with.
 *
 * @param code     what was found; in JSON and CEL by its constant name
 * @param severity how bad; in JSON and CEL {@code error}, {@code warning} or {@code info}
 * @param address  the plan address the finding is about
 * @param object   the live object involved, or null
 */
public record Finding(Code code, Severity severity, String address, LiveObject object, String message) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
    }

    /** The finding codes (ARCHITECTURE.md, "Live-org simulation"). */
    public enum Code {
        MISSING_REFERENCE,
        NAME_CONFLICT,
        DELETE_IN_USE,
        REPLACE_CHANGES_ID,
        FLOW_TARGET_MISSING,
        OUT_OF_BAND_CHANGE,
        FLOW_FILE_UNAVAILABLE,
        FLOW_RENAMED_NEW_ID,
        SKILL_COVERAGE_LOST,
        INTEGRATION_DISABLED,
        DID_STILL_ASSIGNED,
        DID_IN_USE,
        DID_NOT_IN_POOL,
        DIVISION_NOT_EMPTY,
        FLOW_TARGET_UNORDERED,
        PARTIAL_ORG_VIEW;

        /** The code as JSON and CEL write it; throws naming the known codes for any other text. */
        public static Code of(String text) {
            for (Code c : values()) {
                if (c.name().equals(text)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown finding code " + text + "; known: "
                    + java.util.Arrays.toString(values()));
        }
    }

    public enum Severity {
        ERROR, WARNING, INFO;

        /** {@code error}, {@code warning} or {@code info}, as JSON and CEL write it. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Severity of(String id) {
            for (Severity s : values()) {
                if (s.id().equals(id)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("severity must be error, warning or info, was " + id);
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
