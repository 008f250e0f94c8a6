package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.apply.ApplyResult;
import io.cxgate.gate.Refusal;
import io.cxgate.policy.Decision;
import io.cxgate.policy.RequiredApproval;

/** The exit-code table of ARCHITECTURE.md, written out by hand. */
class ExitCodesTest {
    @Test
    void theTableHasTheDocumentedNumbers() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), List.of(ExitCodes.OK, ExitCodes.RUNTIME_FAILURE,
                ExitCodes.INVALID_INPUT, ExitCodes.APPROVAL_REQUIRED, ExitCodes.DENIED, ExitCodes.DRIFT,
                ExitCodes.POLICY_TESTS_FAILED, ExitCodes.REFUSED));
    }

    @Test
    void eachDecisionHasItsExitCode() {
        assertEquals(0, ExitCodes.forDecision(new Decision.Allow(List.of("nothing fired"))));
        assertEquals(3, ExitCodes.forDecision(new Decision.ApprovalRequired(
                List.of(new RequiredApproval("cc-operations", 1)), List.of("queue-delete"))));
        assertEquals(4, ExitCodes.forDecision(new Decision.Deny(List.of("the plan errored"))));
    }

    @Test
    void badInputAndUsageAreTwoEveryOtherFailureIsOne() {
        ExitCodeMapper mapper = new ExitCodeMapper();
        CommandLine cli = new CommandLine(new Cxgate());
        assertEquals(2, mapper.getExitCode(new InvalidInputException("plan.json: no such file")));
        assertEquals(2, mapper.getExitCode(new CommandLine.ParameterException(cli, "missing --env")));
        assertEquals(1, mapper.getExitCode(new CxgateException("terraform failed")));
        assertEquals(1, mapper.getExitCode(new IllegalStateException("a bug")));
    }

    @Test
    void eachRefusalHasItsExitCode() {
        assertEquals(7, ExitCodes.forRefusal(Refusal.Kind.BUNDLE_ALTERED));
        assertEquals(7, ExitCodes.forRefusal(Refusal.Kind.ALREADY_APPLIED));
        assertEquals(4, ExitCodes.forRefusal(Refusal.Kind.DENIED));
        assertEquals(3, ExitCodes.forRefusal(Refusal.Kind.APPROVALS_MISSING));
        assertEquals(7, ExitCodes.forRefusal(Refusal.Kind.NOT_PROMOTED));
        assertEquals(7, ExitCodes.forRefusal(Refusal.Kind.LOCKED));
        assertEquals(7, ExitCodes.forRefusal(Refusal.Kind.STALE_PLAN));
        assertEquals(7, ExitCodes.forRefusal(Refusal.Kind.LINEAGE_MISMATCH));
        assertEquals(2, ExitCodes.forRefusal(Refusal.Kind.NOT_AN_APPROVER));
        assertEquals(2, ExitCodes.forRefusal(Refusal.Kind.SELF_APPROVAL));
        assertEquals(10, Refusal.Kind.values().length, "a new refusal kind needs a row here");
    }

    @Test
    void anApplyEndsZeroOneOrWithItsRefusalsCode() {
        assertEquals(0, ExitCodes.forApply(new ApplyResult.Applied("prod-0007", "sha256:ab", Optional.of(8L))));
        assertEquals(1, ExitCodes.forApply(new ApplyResult.Failed("prod-0007", "sha256:ab", "Error: 409")));
        assertEquals(7, ExitCodes.forApply(new ApplyResult.Refused(new Refusal(Refusal.Kind.LOCKED, "held by ci"))));
        assertEquals(3, ExitCodes.forApply(new ApplyResult.Refused(
                new Refusal(Refusal.Kind.APPROVALS_MISSING, "ops: 0 of 1"))));
    }
}
