package io.cxgate.plan;

import java.util.Set;

/** What cxgate keeps of the plan's {@code configuration}: the root module's sensitive variables and outputs. */
public record PlanConfiguration(Set<String> sensitiveVariables, Set<String> sensitiveOutputs) {
    public static final PlanConfiguration EMPTY = new PlanConfiguration(Set.of(), Set.of());

    public PlanConfiguration {
        sensitiveVariables = Set.copyOf(sensitiveVariables);
        sensitiveOutputs = Set.copyOf(sensitiveOutputs);
    }
}
