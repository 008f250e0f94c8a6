package io.cxgate.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What cxgate keeps of the plan's {@code configuration}: which variables and outputs are declared
 * sensitive (root module), and per resource the addresses its expressions reference and its
 * {@code depends_on} (relative to its module; every resource of the configuration has an entry, maybe
 * empty), and per module call ({@code module.flows}) what its arguments reference and its
 * {@code depends_on} (relative to the calling module).
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

    /** Whether the configuration has a resource block or module call at this config address. */
    public boolean declares(String configAddress) {
        return references.containsKey(configAddress);
    }
}
