package io.cxgate.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What cxgate keeps of the plan's {@code configuration}: which variables and outputs are declared
 * sensitive (root module), and per resource the addresses its expressions reference.
 */
public record PlanConfiguration(Set<String> sensitiveVariables, Set<String> sensitiveOutputs,
                                Map<String, List<String>> references) {
    public static final PlanConfiguration EMPTY = new PlanConfiguration(Set.of(), Set.of(), Map.of());

    public PlanConfiguration {
        sensitiveVariables = Set.copyOf(sensitiveVariables);
        sensitiveOutputs = Set.copyOf(sensitiveOutputs);
        references = Map.copyOf(references);
    }

    /** References of a resource's configuration block, by its config address (no instance keys). */
    public List<String> referencesOf(String configAddress) {
        return references.getOrDefault(configAddress, List.of());
    }
}
