package io.cxgate.cli;

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
        return switch (decision.outcome()) {
            case ALLOW -> OK;
            case APPROVAL_REQUIRED -> APPROVAL_REQUIRED;
            case DENY -> DENIED;
        };
    }
}
