package io.cxgate.policytest;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.cxgate.policy.Decision;

/**
 * One policy test case, run.
 *
 * @param suite    the PolicyTest's name
 * @param place    where the case was written, e.g. {@code policies/tests/queues.yaml: line 12, column 5}
 * @param reasons  the decision's reasons, to explain a failure
 * @param millis   how long the evaluation took
 */
public record CaseResult(String suite, String file, String name, String place, Decision.Outcome expectedOutcome,
                         Set<String> expectedFired, Decision.Outcome outcome, Set<String> fired, List<String> reasons,
                         List<String> errors, long millis) {
    public CaseResult {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(name, "name");
        expectedFired = Set.copyOf(expectedFired);
        fired = Set.copyOf(fired);
        reasons = List.copyOf(reasons);
        errors = List.copyOf(errors);
    }

    public boolean passed() {
        return expectedOutcome == outcome && expectedFired.equals(fired);
    }
}
