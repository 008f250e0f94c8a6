package io.cxgate.policy;

import java.util.List;
import java.util.Objects;

/**
 * One rule of a {@link Policy}, as written (defaults applied). Matching and CEL live in {@link PolicyEngine}.
 *
 * @param policy       the name of the policy it belongs to
 * @param environments where the rule applies; empty: every environment
 * @param condition    CEL, must be bool; {@code "true"} by default
 * @param approvers    for {@code require_approval}, else null
 * @param message      a template with {@code {{…}}} CEL expressions; the description (or the rule's name) by default
 * @param source       where the rule was written, for messages
 */
public record Rule(String policy, String name, String description, List<String> environments, Scope scope,
                   Match match, String condition, Effect effect, Enforcement enforcement, RequiredApproval approvers,
                   String message, RuleSource source) {
    public Rule {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(name, "name");
        environments = List.copyOf(environments);
        Objects.requireNonNull(scope, "scope of " + name);
        Objects.requireNonNull(match, "match of " + name);
        Objects.requireNonNull(condition, "condition of " + name);
        Objects.requireNonNull(effect, "effect of " + name);
        Objects.requireNonNull(enforcement, "enforcement of " + name);
        Objects.requireNonNull(message, "message of " + name);
        Objects.requireNonNull(source, "source of " + name);
        if ((effect == Effect.REQUIRE_APPROVAL) != (approvers != null)) {
            throw new IllegalArgumentException("rule " + name + ": approvers go with require_approval, and only with it");
        }
    }

    /** Whether the rule applies in the named environment. */
    public boolean appliesIn(String environment) {
        return environments.isEmpty() || environments.contains(environment);
    }

    public boolean isMandatory() {
        return enforcement == Enforcement.MANDATORY;
    }

    /**
     * {@code change} (default): once per matching change; {@code plan}: once for the plan; {@code drift}: once for
     * a plan with drift, its addresses the drifted objects ({@code resource_drift}) that pass {@code match}, even
     * when the plan changes nothing (a refresh-only plan of {@code cxgate drift}).
     */
    public enum Scope {
        CHANGE("change"), PLAN("plan"), DRIFT("drift");

        private final String id;

        Scope(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Scope fromId(String id) {
            for (Scope s : values()) {
                if (s.id.equals(id)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown scope '" + id + "' (change, plan or drift)");
        }
    }

    /** What a firing does to the decision. */
    public enum Effect {
        DENY("deny"), REQUIRE_APPROVAL("require_approval"), WARN("warn");

        private final String id;

        Effect(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Effect fromId(String id) {
            for (Effect e : values()) {
                if (e.id.equals(id)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("unknown effect '" + id + "' (deny, require_approval or warn)");
        }
    }

    /** Advisory results are reported and never block; mandatory ones decide. */
    public enum Enforcement {
        ADVISORY("advisory"), MANDATORY("mandatory");

        private final String id;

        Enforcement(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Enforcement fromId(String id) {
            for (Enforcement e : values()) {
                if (e.id.equals(id)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("unknown enforcement '" + id + "' (advisory or mandatory)");
        }
    }
}
