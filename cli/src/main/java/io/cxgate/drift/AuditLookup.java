package io.cxgate.drift;

import java.util.List;
import java.util.Objects;

/** What one audit service said about the drifted objects it keeps: their last changes, or why it could not say. */
public sealed interface AuditLookup {
    String service();

    /** The query was fulfilled: every audit message about the objects asked for, in the order the API gave. */
    record Events(String service, List<AuditEvent> events) implements AuditLookup {
        public Events {
            Objects.requireNonNull(service, "service");
            events = List.copyOf(events);
        }
    }

    /** The audit trail could not answer; findings fall back to {@code modifiedBy}/{@code dateModified}. */
    record Unavailable(String service, Reason reason, String detail) implements AuditLookup {
        public Unavailable {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        /** How the finding says why it shows {@code modifiedBy}/{@code dateModified} instead. */
        public String note() {
            return switch (reason) {
                case NOT_PERMITTED -> "the audit trail is not readable by this OAuth client (it needs the permission"
                        + " audits:audit:view)";
                case FAILED -> "the audit query for " + service + " failed (" + detail + ")";
                case TIMED_OUT -> "the audit query for " + service + " did not finish in time (" + detail + ")";
            };
        }
    }

    /** Why the audit trail did not answer. */
    enum Reason { NOT_PERMITTED, FAILED, TIMED_OUT }
}
