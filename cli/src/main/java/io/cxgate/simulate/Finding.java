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
        MISSING_REFERENCE("A change refers to an object that does not exist in the live org."),
        NAME_CONFLICT("A created object's name is already taken by a live object Terraform does not manage."),
        DELETE_IN_USE("A deleted object is still used by live objects Terraform does not manage."),
        REPLACE_CHANGES_ID("A replaced object gets a new ID, which live objects outside Terraform still use."),
        FLOW_TARGET_MISSING("An Architect flow transfers to a queue, flow or other target missing from the org."),
        OUT_OF_BAND_CHANGE("An object was changed in the org outside Terraform."),
        FLOW_FILE_UNAVAILABLE("A flow's YAML file could not be read, so its targets were not checked."),
        FLOW_RENAMED_NEW_ID("A flow's name or type changes: publishing makes a new flow with a new ID, which its"
                + " consumers do not point at."),
        SKILL_COVERAGE_LOST("A queue routed with a skill or language keeps no active member holding it."),
        INTEGRATION_DISABLED("An integration whose data actions flows call is disabled."),
        DID_STILL_ASSIGNED("A DID pool gives up a number that is still assigned to an IVR, user, phone or group."),
        DID_IN_USE("An IVR is given a number another IVR, user, phone or group already holds."),
        DID_NOT_IN_POOL("An IVR is given a number no DID pool covers."),
        DIVISION_NOT_EMPTY("A deleted division still holds objects."),
        FLOW_TARGET_UNORDERED("A flow file names an object the same plan creates, with nothing ordering the two."),
        PARTIAL_ORG_VIEW("A reference was not checked: the OAuth client reads that type in some divisions only.");

        private final String description;

        Code(String description) {
            this.description = description;
        }

        /** What the code means, in one sentence (SARIF rule descriptions). */
        public String description() {
            return description;
        }

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
