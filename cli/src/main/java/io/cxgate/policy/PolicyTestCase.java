package io.cxgate.policy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.cxgate.simulate.Finding;
import io.cxgate.yaml.Mark;

/**
 * One case of a {@code kind: PolicyTest} document.
 *
 * @param plan            the plan JSON, resolved against the test file's directory
 * @param planDisplay     the plan as messages name it
 * @param now             the case's clock; it wins over {@code --now}
 * @param simulation      {@code none}, {@code snapshot} or {@code live}: what CEL {@code simulation.source} says
 * @param findings        live-org findings given inline
 * @param expectedOutcome the decision the case expects
 * @param expectedFired   the exact set of rules expected to fire
 * @param at              where the case was written
 * @param rollback        CEL {@code plan.rollback}: the case's plan is a rollback's
 */
public record PolicyTestCase(String name, Path plan, String planDisplay, PolicyEnvironment environment,
                             Optional<Instant> now, String simulation, List<Finding> findings,
                             Decision.Outcome expectedOutcome, Set<String> expectedFired, Mark at, boolean rollback) {
    /** A case of an ordinary (not rollback) plan. */
    public PolicyTestCase(String name, Path plan, String planDisplay, PolicyEnvironment environment,
            Optional<Instant> now, String simulation, List<Finding> findings, Decision.Outcome expectedOutcome,
            Set<String> expectedFired, Mark at) {
        this(name, plan, planDisplay, environment, now, simulation, findings, expectedOutcome, expectedFired, at, false);
    }

    public PolicyTestCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(planDisplay, "planDisplay");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(simulation, "simulation");
        findings = List.copyOf(findings);
        Objects.requireNonNull(expectedOutcome, "expectedOutcome");
        expectedFired = Set.copyOf(expectedFired);
        Objects.requireNonNull(at, "at");
    }
}
