package io.cxgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
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
}
