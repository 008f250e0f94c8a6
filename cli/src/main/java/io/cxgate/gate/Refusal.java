package io.cxgate.gate;

import java.util.Objects;

/**
 * A refusal by the gate: an expected answer, not a failure. The message is one line (line breaks folded) that says what is wrong and
 * what to do; {@link Kind} decides the exit code ({@code cli/ExitCodes.forRefusal}).
 */
public record Refusal(Kind kind, String message) {
    /** Why the gate said no; the ones exiting 7 are the pipeline rules of ARCHITECTURE.md. */
    public enum Kind {
        /** a bundle file, the planfile's plan or its configuration is not what {@code bundle.json} names (7) */
        BUNDLE_ALTERED,
        /** the bundle was applied already (7) */
        ALREADY_APPLIED,
        /** a mandatory policy denies the bundle (4) */
        DENIED,
        /** required approvals are missing (3) */
        APPROVALS_MISSING,
        /** {@code promotedFrom}: the artifact was not applied to the source environment (7) */
        NOT_PROMOTED,
        /** a live holder has the environment lock (7) */
        LOCKED,
        /** the state moved since the plan (7) */
        STALE_PLAN,
        /** a state snapshot belongs to another state lineage than the current state (7) */
        LINEAGE_MISMATCH,
        /** the approver is not in a group the decision requires, or must name one with {@code --group} (2) */
        NOT_AN_APPROVER,
        /** the approver wrote the bundle or authored its commit (2) */
        SELF_APPROVAL
    }

    public Refusal {
        Objects.requireNonNull(kind, "kind");
        message = Objects.requireNonNull(message, "message").strip().replaceAll("\\s*\\R\\s*", " ");
        if (message.isBlank()) {
            throw new IllegalArgumentException("a refusal says why");
        }
    }
}
