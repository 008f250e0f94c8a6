package io.cxgate.cli;

import io.cxgate.apply.ApplyResult;
import io.cxgate.gate.Refusal;
import io.cxgate.policy.Decision;

/** The exit-code table of ARCHITECTURE.md, the same for every command. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int RUNTIME_FAILURE = 1;
    public static final int INVALID_INPUT = 2;
    public static final int APPROVAL_REQUIRED = 3;
    public static final int DENIED = 4;
    public static final int DRIFT = 5;
    public static final int POLICY_TESTS_FAILED = 6;
    public static final int REFUSED = 7;

    private ExitCodes() {
    }

    public static int forDecision(Decision decision) {
        return decision.outcome().exitCode();
    }

    /** The one place a gate refusal becomes an exit code. */
    public static int forRefusal(Refusal.Kind kind) {
        return switch (kind) {
            case BUNDLE_ALTERED, ALREADY_APPLIED, NOT_PROMOTED, LOCKED, STALE_PLAN, LINEAGE_MISMATCH -> REFUSED;
            case DENIED -> DENIED;
            case APPROVALS_MISSING -> APPROVAL_REQUIRED;
            case NOT_AN_APPROVER, SELF_APPROVAL -> INVALID_INPUT;
        };
    }

    public static int forApply(ApplyResult result) {
        return switch (result.kind()) {
            case APPLIED -> OK;
            case FAILED -> RUNTIME_FAILURE;
            case REFUSED -> forRefusal(((ApplyResult.Refused) result).refusal().kind());
        };
    }
}
