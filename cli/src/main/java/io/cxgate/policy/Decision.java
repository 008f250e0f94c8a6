package io.cxgate.policy;

import java.util.List;

/**
 * The gate's verdict on a plan. Any mandatory deny denies; else any mandatory approval rule
 * requires approvals (each group at its highest count); else the plan is allowed.
 */
public sealed interface Decision permits Decision.Allow, Decision.ApprovalRequired, Decision.Deny {

    /** The verdicts, each with the exit code of ARCHITECTURE.md's table that {@code check} and {@code plan} end with. */
    enum Outcome {
        ALLOW("allow", 0), APPROVAL_REQUIRED("approval_required", 3), DENY("deny", 4);

        private final String id;
        private final int exitCode;

        Outcome(String id, int exitCode) {
            this.id = id;
            this.exitCode = exitCode;
        }

        public String id() {
            return id;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    Outcome outcome();

    List<String> reasons();

    default List<RequiredApproval> requiredApprovals() {
        return List.of();
    }

    record Allow(List<String> reasons) implements Decision {
        public Allow {
            reasons = List.copyOf(reasons);
        }

        @Override
        public Outcome outcome() {
            return Outcome.ALLOW;
        }
    }

    record ApprovalRequired(List<RequiredApproval> requiredApprovals, List<String> reasons) implements Decision {
        public ApprovalRequired {
            if (requiredApprovals.isEmpty()) {
                throw new IllegalArgumentException("approval required with no approvals named");
            }
            requiredApprovals = List.copyOf(requiredApprovals);
            reasons = List.copyOf(reasons);
        }

        @Override
        public Outcome outcome() {
            return Outcome.APPROVAL_REQUIRED;
        }
    }

    record Deny(List<String> reasons) implements Decision {
        public Deny {
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a deny must give its reasons");
            }
            reasons = List.copyOf(reasons);
        }

        @Override
        public Outcome outcome() {
            return Outcome.DENY;
        }
    }
}
