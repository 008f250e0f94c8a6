package io.cxgate.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.cxgate.plan.Action;
import io.cxgate.plan.OutputChange;
import io.cxgate.plan.Plan;
import io.cxgate.plan.ResourceChange;
import io.cxgate.plan.Summary;
import io.cxgate.policy.Decision;
import io.cxgate.simulate.Simulation;
import io.cxgate.policy.PolicyResult;
import io.cxgate.policy.WaiverResult;
import io.cxgate.simulate.Finding;

/**
 * Everything a renderer prints: the redacted plan summary, findings, policy results and the
 * decision. Renderers never decide anything themselves. Changes are ordered destructive first.
 */
public record Report(int schemaVersion, String environment, PlanInfo plan, SimulationInfo simulation,
                     Summary summary, List<ResourceChange> changes, List<ResourceChange> drift,
                     List<OutputChange> outputs, List<Finding> findings, List<PolicyResult> policies,
                     List<WaiverResult> waivers, Decision decision, List<String> warnings) {
    public static final int SCHEMA_VERSION = 1;

    public Report {
        Objects.requireNonNull(decision, "decision");
        changes = List.copyOf(changes);
        drift = List.copyOf(drift);
        outputs = List.copyOf(outputs);
        findings = List.copyOf(findings);
        policies = List.copyOf(policies);
        waivers = List.copyOf(waivers);
        warnings = List.copyOf(warnings);
    }

    /** The plan's identity and status as the report shows it. */
    public record PlanInfo(String source, String digest, String formatVersion, String terraformVersion,
                           boolean errored, boolean complete) {
        public static PlanInfo of(Plan plan) {
            return new PlanInfo(plan.source(), plan.digest(), plan.formatVersion(), plan.terraformVersion(),
                    plan.errored(), plan.complete());
        }
    }

    /** Where live-org facts came from: none, snapshot or live, and how many API requests it took. */
    public record SimulationInfo(Simulation.Source source, int requests) {
        public static final SimulationInfo NONE = new SimulationInfo(Simulation.Source.NONE, 0);
    }

    public static Builder builder(String environment, Plan plan) {
        return new Builder(environment, plan);
    }

    /** A copy whose plan is named {@code source} (where the plan JSON ended up, e.g. inside a bundle). */
    public Report withPlanSource(String source) {
        PlanInfo p = plan;
        return new Report(schemaVersion, environment, new PlanInfo(source, p.digest(), p.formatVersion(),
                p.terraformVersion(), p.errored(), p.complete()), simulation, summary, changes, drift, outputs,
                findings, policies, waivers, decision, warnings);
    }

    /** A copy with {@code more} warnings after these (already redacted). */
    public Report withWarnings(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new Report(schemaVersion, environment, plan, simulation, summary, changes, drift, outputs, findings,
                policies, waivers, decision, all);
    }

    /** Destructive and unknown actions first, then forget, create, update, read; plan order within each. */
    static int priority(Action action) {
        return switch (action) {
            case UNKNOWN -> 0;
            case DELETE -> 1;
            case REPLACE -> 2;
            case FORGET -> 3;
            case CREATE -> 4;
            case UPDATE -> 5;
            case READ -> 6;
            case NOOP -> 7;
        };
    }

    public static final class Builder {
        private final String environment;
        private final Plan plan;
        private SimulationInfo simulation = SimulationInfo.NONE;
        private final List<Finding> findings = new ArrayList<>();
        private final List<PolicyResult> policies = new ArrayList<>();
        private final List<WaiverResult> waivers = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private Decision decision;

        private Builder(String environment, Plan plan) {
            this.environment = Objects.requireNonNull(environment, "environment");
            this.plan = Objects.requireNonNull(plan, "plan");
        }

        public Builder simulation(SimulationInfo value) {
            this.simulation = value;
            return this;
        }

        public Builder findings(List<Finding> value) {
            findings.addAll(value);
            return this;
        }

        public Builder policies(List<PolicyResult> value) {
            policies.addAll(value);
            return this;
        }

        public Builder waivers(List<WaiverResult> value) {
            waivers.addAll(value);
            return this;
        }

        public Builder warnings(List<String> value) {
            warnings.addAll(value);
            return this;
        }

        public Builder decision(Decision value) {
            this.decision = value;
            return this;
        }

        public Report build() {
            List<ResourceChange> ordered = new ArrayList<>(plan.changes());
            ordered.sort(Comparator.comparingInt(c -> priority(c.action())));
            return new Report(SCHEMA_VERSION, environment, PlanInfo.of(plan), simulation, plan.summary(), ordered,
                    plan.drift(), plan.outputs(), findings, policies, waivers, decision, warnings);
        }
    }
}
