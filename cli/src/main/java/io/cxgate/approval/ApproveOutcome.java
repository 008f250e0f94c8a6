package io.cxgate.approval;

import java.util.Objects;

import io.cxgate.gate.ApprovalStatus;
import io.cxgate.gate.GivenApproval;
import io.cxgate.gate.Refusal;
import io.cxgate.record.Entry;

/** How {@code cxgate approve} ended. */
public sealed interface ApproveOutcome permits ApproveOutcome.Recorded, ApproveOutcome.AlreadyGiven,
        ApproveOutcome.Refused {

    enum Kind { RECORDED, ALREADY_GIVEN, REFUSED }

    Kind kind();

    /** The approval was appended; {@code status} counts it. */
    record Recorded(Entry entry, String group, ApprovalStatus status) implements ApproveOutcome {
        public Recorded {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(status, "status");
        }

        @Override
        public Kind kind() {
            return Kind.RECORDED;
        }
    }

    /** This identity approved this bundle for this group before: one vote each, nothing appended. */
    record AlreadyGiven(GivenApproval earlier) implements ApproveOutcome {
        @Override
        public Kind kind() {
            return Kind.ALREADY_GIVEN;
        }
    }

    record Refused(Refusal refusal) implements ApproveOutcome {
        @Override
        public Kind kind() {
            return Kind.REFUSED;
        }
    }
}
