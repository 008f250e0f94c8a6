package io.cxgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cxgate.policy.Decision;
import io.cxgate.policy.RequiredApproval;

/** The text and Markdown reports end with the exit code and what it means. */
class ExitLineTest {
    @Test
    void eachOutcomeNamesItsExitCodeAndMeaning() {
        assertEquals("Exit code 0: allowed: the gate passes.", Display.exitLine(new Decision.Allow(List.of())));
        assertEquals("Exit code 3: approvals required: the plan may be applied once they are given.",
                Display.exitLine(new Decision.ApprovalRequired(List.of(new RequiredApproval("cc-operations", 1)),
                        List.of("queue-delete: needs Operations"))));
        assertEquals("Exit code 4: denied: this plan must not be applied.",
                Display.exitLine(new Decision.Deny(List.of("r: no"))));
    }
}
