package io.cxgate.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The policies' verdict on one plan.
 *
 * @param policies rule firings (waived ones are only in {@code waivers}), grouped by rule in bundle order
 * @param waivers  waivers that applied, and expired ones that would have
 * @param warnings problems worth a reader's attention that do not decide anything (unknown approver groups)
 */
public record Evaluation(List<PolicyResult> policies, List<WaiverResult> waivers, List<String> warnings,
                         Decision decision) {
    public Evaluation {
        policies = List.copyOf(policies);
        waivers = List.copyOf(waivers);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(decision, "decision");
    }

    /** The names of the rules that fired (including errored ones), in order. */
    public Set<String> firedRules() {
        Set<String> names = new LinkedHashSet<>();
        policies.forEach(p -> names.add(p.rule()));
        return names;
    }
}
