package io.cxgate.policy;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from a policies directory: policies (rules), waivers and policy tests, in file order.
 * Rule names are unique across the set; waivers and tests name only rules that exist.
 */
public record PolicySet(List<Policy> policies, List<Waiver> waivers, List<PolicyTestSuite> tests) {
    /** No policies directory: nothing to evaluate. */
    public static final PolicySet EMPTY = new PolicySet(List.of(), List.of(), List.of());

    public PolicySet {
        policies = List.copyOf(policies);
        waivers = List.copyOf(waivers);
        tests = List.copyOf(tests);
    }

    /** Every rule, policy by policy, in file order. */
    public List<Rule> rules() {
        return policies.stream().flatMap(p -> p.rules().stream()).toList();
    }

    public Optional<Rule> rule(String name) {
        return rules().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public boolean hasRules() {
        return policies.stream().anyMatch(p -> !p.rules().isEmpty());
    }
}
