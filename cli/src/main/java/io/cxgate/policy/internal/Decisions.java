package io.cxgate.policy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.cxgate.plan.Plan;
import io.cxgate.policy.Decision;
import io.cxgate.policy.PolicyEnvironment;
import io.cxgate.policy.PolicyResult;
import io.cxgate.policy.RequiredApproval;
import io.cxgate.policy.Rule;

/**
 * The decision rule: an errored or incomplete plan is denied whatever the rules say; else any mandatory deny
 * denies; else any mandatory approval rule requires approvals, each group at its highest count; else allow.
 * Advisory results never block.
 */
final class Decisions {
    /** Reasons shown per rule before "and N more". */
    static final int REASONS_PER_RULE = 3;

    private Decisions() {
    }

    static Decision decide(Plan plan, List<PolicyResult> results, boolean hasRules, PolicyEnvironment env) {
        List<String> problems = plan.integrityProblems();
        List<String> denies = reasons(results, p -> p.decides(Rule.Effect.DENY));
        if (!problems.isEmpty() || !denies.isEmpty()) {
            List<String> reasons = new ArrayList<>(problems);
            reasons.addAll(denies);
            return new Decision.Deny(reasons);
        }
        Predicate<PolicyResult> approval = p -> p.decides(Rule.Effect.REQUIRE_APPROVAL);
        Map<String, Integer> groups = new LinkedHashMap<>();
        results.stream().filter(approval).forEach(p -> groups.merge(p.approvers().group(), p.approvers().count(), Math::max));
        if (!groups.isEmpty()) {
            List<RequiredApproval> approvals = new ArrayList<>();
            groups.forEach((group, count) -> approvals.add(new RequiredApproval(group, count)));
            return new Decision.ApprovalRequired(approvals, reasons(results, approval));
        }
        if (!hasRules && env.isProtected()) {
            return new Decision.Allow(List.of(unguarded(env)));
        }
        return new Decision.Allow(List.of(hasRules ? "no mandatory rule denies the plan or requires approval"
                : "no policies configured: nothing requires approval"));
    }

    /** The loud warning of a protected environment checked without any policy (first reason and a warning). */
    static String unguarded(PolicyEnvironment env) {
        return "WARNING: protected environment '" + env.name() + "' has no policies: nothing was checked and nothing"
                + " requires approval (set policies: in cxgate.yaml or pass --policies)";
    }

    /** One reason per firing ("queue-delete: Deleting Queue \"Sales\" needs Operations approval"), a few per rule. */
    private static List<String> reasons(List<PolicyResult> results, Predicate<PolicyResult> which) {
        Map<String, List<PolicyResult>> byRule = new LinkedHashMap<>();
        results.stream().filter(which).forEach(p -> byRule.computeIfAbsent(p.rule(), r -> new ArrayList<>()).add(p));
        List<String> reasons = new ArrayList<>();
        byRule.forEach((rule, firings) -> {
            List<String> seen = new ArrayList<>();
            for (PolicyResult p : firings) {
                String reason = rule + ": " + p.message() + (p.error() == null ? ""
                        : " (could not be evaluated on " + String.join(", ", p.addresses()) + ": " + p.error()
                        + "; a mandatory rule that fails counts as fired)");
                if (!seen.contains(reason)) {
                    seen.add(reason);
                }
            }
            int shown = Math.min(seen.size(), REASONS_PER_RULE);
            reasons.addAll(seen.subList(0, shown));
            if (seen.size() > shown) {
                reasons.add(rule + ": … and " + (seen.size() - shown) + " more (see the rules fired)");
            }
        });
        return reasons;
    }
}
