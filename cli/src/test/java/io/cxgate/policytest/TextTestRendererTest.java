package io.cxgate.policytest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cxgate.policy.Decision;

class TextTestRendererTest {
    static final PolicyTestReport REPORT = new PolicyTestReport("policies", List.of(
            new CaseResult("queues", "policies/tests/q.yaml", "a queue delete needs operations", "policies/tests/q.yaml: line 5, column 5",
                    Decision.Outcome.APPROVAL_REQUIRED, Set.of("queue-delete"), Decision.Outcome.APPROVAL_REQUIRED,
                    Set.of("queue-delete"), List.of("queue-delete: Deleting Queue \"Sales\""), List.of(), 3),
            new CaseResult("queues", "policies/tests/q.yaml", "dev is <free> & easy", "policies/tests/q.yaml: line 9, column 5",
                    Decision.Outcome.ALLOW, Set.of(), Decision.Outcome.DENY, Set.of("blast-radius", "queue-delete"),
                    List.of("blast-radius: 30 deletes"), List.of("queue-delete on q: key 'home' is not present in map"), 1)),
            List.of("flow-delete"));

    @Test
    void eachCaseIsOneLineAndFailuresSayWhatDiffered() throws IOException {
        StringWriter out = new StringWriter();
        new TextTestRenderer().render(REPORT, out);
        assertEquals("""
                PASS  queues / a queue delete needs operations
                FAIL  queues / dev is <free> & easy
                      at policies/tests/q.yaml: line 9, column 5
                      expected allow, fired []
                      got      deny, fired [blast-radius, queue-delete]
                        - blast-radius: 30 deletes
                      rule error: queue-delete on q: key 'home' is not present in map

                Rules no case exercises (1): flow-delete
                2 cases in policies: 1 passed, 1 failed
                """, out.toString());
    }
}
