package io.cxgate.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.cxgate.plan.Plan;
import io.cxgate.simulate.Finding;

/**
 * What the rules see: the plan, the target environment, the clock and the live-org facts.
 *
 * @param now              CEL {@code now}: the clock, {@code --now}, or a test case's {@code now}
 * @param simulationSource CEL {@code simulation.source}: {@code none}, {@code snapshot} or {@code live}
 * @param approverGroups   the config's approver groups, to warn about rules naming others; empty without a config
 * @param rollback         CEL {@code plan.rollback}: the plan is a rollback ({@code cxgate rollback}, a rollback bundle)
 */
public record EvaluationInput(Plan plan, PolicyEnvironment environment, Instant now, List<Finding> findings,
                              String simulationSource, Optional<Set<String>> approverGroups, boolean rollback) {
    /** The input of an ordinary plan (not a rollback). */
    public EvaluationInput(Plan plan, PolicyEnvironment environment, Instant now, List<Finding> findings,
            String simulationSource, Optional<Set<String>> approverGroups) {
        this(plan, environment, now, findings, simulationSource, approverGroups, false);
    }

    public EvaluationInput {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(now, "now");
        findings = List.copyOf(findings);
        Objects.requireNonNull(simulationSource, "simulationSource");
        approverGroups = approverGroups.map(Set::copyOf);
    }
}
