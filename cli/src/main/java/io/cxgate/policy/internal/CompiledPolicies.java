package io.cxgate.policy.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;

import io.cxgate.plan.Action;
import io.cxgate.plan.ResourceChange;
import io.cxgate.policy.Evaluation;
import io.cxgate.policy.EvaluationInput;
import io.cxgate.policy.PolicyResult;
import io.cxgate.policy.PolicySet;
import io.cxgate.policy.Rule;
import io.cxgate.policy.Waiver;
import io.cxgate.policy.WaiverResult;
import io.cxgate.simulate.Finding;

/**
 * A policy set with every condition and message compiled, and the evaluation of a plan against it:
 * match first (cached per type, action and importing, so CEL runs only on candidates), then CEL, then waivers,
 * then the decision.
 */
public final class CompiledPolicies {
    private final PolicySet set;
    private final ZoneId zone;
    private final List<CompiledRule> rules;

    private CompiledPolicies(PolicySet set, ZoneId zone, List<CompiledRule> rules) {
        this.set = set;
        this.zone = zone;
        this.rules = List.copyOf(rules);
    }

    /** @throws io.cxgate.InvalidInputException for the first condition or message that does not compile */
    public static CompiledPolicies compile(PolicySet set, ZoneId zone) {
        CelRuntime runtime = CelSetup.runtime(zone);
        List<CompiledRule> rules = new ArrayList<>();
        for (Rule rule : set.rules()) {
            rules.add(CompiledRule.compile(rules.size(), rule, runtime, zone));
        }
        return new CompiledPolicies(set, zone, rules);
    }

    public PolicySet set() {
        return set;
    }

    public Evaluation evaluate(EvaluationInput input) {
        return new Run(input).evaluate();
    }

    /** A firing before waivers: one change (or, plan scope, the changes that matched). */
    private record Firing(CompiledRule rule, List<String> addresses, String message, String error) {
    }

    private record CandidateKey(String type, Action action, boolean importing) {
    }

    /** One evaluation: the variables shared by every rule, built once. */
    private final class Run {
        private final EvaluationInput input;
        private final String envName;
        private final Map<String, Object> shared = new HashMap<>();
        private final List<Object> allFindings = new ArrayList<>();
        private final Map<String, List<Object>> findingsByAddress = new HashMap<>();
        private final List<CompiledRule> active;

        Run(EvaluationInput input) {
            this.input = input;
            this.envName = input.environment().name();
            this.active = rules.stream().filter(r -> r.rule().appliesIn(envName)).toList();
            shared.put("plan", Views.plan(input.plan(), input.rollback()));
            shared.put("simulation", Views.simulation(input.simulationSource()));
            shared.put("env", Views.env(input.environment()));
            shared.put("now", CelSetup.timestamp(input.now()));
            for (Finding f : input.findings()) {
                Object view = Views.finding(f);
                allFindings.add(view);
                if (f.address() != null) {
                    findingsByAddress.computeIfAbsent(f.address(), a -> new ArrayList<>()).add(view);
                }
            }
        }

        Evaluation evaluate() {
            List<Firing> firings = new ArrayList<>();
            Map<CandidateKey, List<CompiledRule>> candidates = new HashMap<>();
            Map<CompiledRule, List<String>> planMatches = new LinkedHashMap<>();
            for (ResourceChange change : input.plan().changes()) {
                List<CompiledRule> forChange = candidates.computeIfAbsent(
                        new CandidateKey(change.type(), change.action(), change.importing()),
                        k -> active.stream().filter(r -> r.rule().scope() != Rule.Scope.DRIFT
                                && r.matcher().matches(k.type(), k.action(), k.importing())).toList());
                if (forChange.isEmpty()) {
                    continue;
                }
                Views.ChangeView view = null;
                for (CompiledRule rule : forChange) {
                    if (!rule.matcher().matchesPaths(change)) {
                        continue;
                    }
                    if (rule.rule().scope() == Rule.Scope.PLAN) {
                        planMatches.computeIfAbsent(rule, r -> new ArrayList<>()).add(change.address());
                        continue;
                    }
                    if (view == null) {
                        view = new Views.ChangeView(change);
                    }
                    List<Object> findings = findingsByAddress.getOrDefault(change.address(), List.of());
                    run(rule, variables(view, findings), List.of(change.address()), firings);
                }
            }
            planMatches.forEach((rule, addresses) -> run(rule, variables(null, allFindings), subjects(rule, addresses),
                    firings));
            for (CompiledRule rule : active) {
                if (rule.rule().scope() == Rule.Scope.DRIFT) {
                    List<String> drifted = input.plan().drift().stream()
                            .filter(d -> rule.matcher().matches(d.type(), d.action(), false))
                            .map(ResourceChange::address).toList();
                    if (!drifted.isEmpty()) {
                        run(rule, variables(null, allFindings), drifted, firings);
                    }
                }
            }
            firings.sort(Comparator.comparingInt(f -> f.rule().index()));
            return waiveAndDecide(firings);
        }

        /**
         * The addresses a plan-scoped firing names: the changes that passed its match, narrowed to the drifted
         * objects when its condition is about drift ({@code plan.drift}, {@code plan.driftAddresses}) or to those
         * with an {@code OUT_OF_BAND_CHANGE} finding when it tests that code; every matched address otherwise.
         */
        private List<String> subjects(CompiledRule rule, List<String> matched) {
            String condition = rule.rule().condition();
            java.util.Set<String> subjects = new java.util.LinkedHashSet<>();
            if (condition.contains("plan.drift")) {
                input.plan().drift().forEach(c -> subjects.add(c.address()));
            }
            if (condition.contains(Finding.Code.OUT_OF_BAND_CHANGE.name())) {
                input.findings().stream().filter(f -> f.code() == Finding.Code.OUT_OF_BAND_CHANGE && f.address() != null)
                        .forEach(f -> subjects.add(f.address()));
            }
            if (subjects.isEmpty()) {
                return matched;
            }
            List<String> narrowed = matched.stream().filter(subjects::contains).toList();
            return narrowed.isEmpty() ? List.copyOf(subjects) : narrowed;
        }

        private CelVariableResolver variables(Views.ChangeView change, List<Object> findings) {
            return name -> {
                switch (name) {
                    case "change": return Optional.ofNullable(change);
                    case "findings": return Optional.of(findings);
                    default: return Optional.ofNullable(shared.get(name));
                }
            };
        }

        private void run(CompiledRule rule, CelVariableResolver variables, List<String> addresses, List<Firing> firings) {
            String error = null;
            boolean fired;
            try {
                Object result = rule.condition().eval(variables);
                if (result instanceof Boolean b) {
                    fired = b;
                } else {
                    fired = false;
                    error = "the condition gave " + CelValues.text(result) + ", not true or false";
                }
            } catch (CelEvaluationException | RuntimeException e) {
                fired = false;
                error = CelErrors.evaluation(e);
            }
            if (fired || error != null) {
                firings.add(new Firing(rule, addresses, rule.message().render(variables), error));
            }
        }

        private Evaluation waiveAndDecide(List<Firing> firings) {
            LocalDate today = input.now().atZone(zone).toLocalDate();
            Set<WaiverResult> waiverResults = new LinkedHashSet<>();
            Set<Waiver> used = new LinkedHashSet<>();
            List<PolicyResult> results = new ArrayList<>();
            for (Firing firing : firings) {
                Rule rule = firing.rule().rule();
                boolean waived = false;
                for (Waiver waiver : set.waivers()) {
                    if (!firing.addresses().stream().allMatch(a -> waiver.covers(rule.name(), a, envName))) {
                        continue;
                    }
                    used.add(waiver);
                    String address = firing.addresses().size() == 1 ? firing.addresses().get(0) : waiver.address();
                    boolean valid = waiver.isValidOn(today);
                    waiverResults.add(new WaiverResult(rule.name(), address, waiver.owner(), waiver.reason(),
                            waiver.expires().toString(), valid ? WaiverResult.Status.APPLIED : WaiverResult.Status.EXPIRED));
                    waived |= valid;
                }
                if (!waived) {
                    results.add(new PolicyResult(rule.policy(), rule.name(), rule.effect(),
                            rule.enforcement(), firing.addresses(), firing.message(), rule.approvers(),
                            firing.error()));
                }
            }
            return new Evaluation(results, List.copyOf(waiverResults), warnings(used),
                    Decisions.decide(input.plan(), results, set.hasRules(), input.environment()));
        }

        /**
         * The loud warning of a protected environment without policies (approver groups are checked at load), and
         * the waivers for this environment that matched no firing: stale ones to remove, or a misspelt address.
         */
        private List<String> warnings(Set<Waiver> used) {
            if (!set.hasRules() && input.environment().isProtected()) {
                return List.of(Decisions.unguarded(input.environment()));
            }
            List<String> warnings = new ArrayList<>();
            for (Waiver waiver : set.waivers()) {
                if (!used.contains(waiver) && waiver.environment().map(envName::equals).orElse(true)) {
                    warnings.add("unused waiver: " + waiver.rule() + " at " + waiver.address() + " (owner "
                            + waiver.owner() + ", expires " + waiver.expires() + ") matched no rule firing in "
                            + envName);
                }
            }
            return warnings;
        }
    }
}
