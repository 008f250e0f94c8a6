package io.cxgate.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.cxgate.InvalidInputException;

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

    /**
     * Refuses (exit 2) a {@code require_approval} rule that applies in {@code environment} and names an approver
     * group the config does not define: an approval nobody can give. The first such rule is named, with its file
     * and line.
     *
     * @param groups the config's {@code approvers} groups
     * @param config the config file as messages name it
     */
    public void requireApproverGroups(String environment, Set<String> groups, String config) {
        for (Rule rule : rules()) {
            if (rule.approvers() != null && rule.appliesIn(environment) && !groups.contains(rule.approvers().group())) {
                throw new InvalidInputException(rule.source() + ": rule '" + rule.name() + "' requires approval from '"
                        + rule.approvers().group() + "', a group " + config + " does not define under approvers ("
                        + (groups.isEmpty() ? "none defined" : String.join(", ", new TreeSet<>(groups)))
                        + "): nobody could give that approval in " + environment);
            }
        }
    }
}
