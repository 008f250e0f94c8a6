package io.cxgate.policy;

import java.util.Objects;

/**
 * A waiver as it applied to this plan.
 *
 * @param status {@code applied} (it suppressed a firing) or {@code expired}
 */
public record WaiverResult(String rule, String address, String owner, String reason, String expires, Status status) {
    public WaiverResult {
        Objects.requireNonNull(status, "status");
    }

    /** Whether the waiver suppressed the firing; {@link #id()} is the report's {@code status}. */
    public enum Status {
        APPLIED("applied"), EXPIRED("expired");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The status as the report writes it; throws for any other text, as {@link Rule.Effect#fromId} does. */
        public static Status fromId(String id) {
            for (Status s : values()) {
                if (s.id.equals(id)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("expected applied or expired, got '" + id + "'");
        }
    }
}
