package io.cxgate.policy;

import java.util.List;
import java.util.Objects;

/**
 * One rule firing: on one change (one address, message rendered for it) or, for a plan-scoped
 * rule, once (the addresses that passed its match).
 *
 * @param effect      deny, require_approval or warn ({@link Rule.Effect#id()} in the report)
 * @param enforcement advisory or mandatory ({@link Rule.Enforcement#id()} in the report)
 * @param approvers   for require_approval, else null
 * @param error       a runtime error evaluating the rule (it then counts as fired when mandatory), else null
 */
public record PolicyResult(String policy, String rule, Rule.Effect effect, Rule.Enforcement enforcement,
                           List<String> addresses,
                           String message, RequiredApproval approvers, String error) {
    public PolicyResult {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(enforcement, "enforcement");
        addresses = List.copyOf(addresses);
    }

    public boolean isMandatory() {
        return enforcement == Rule.Enforcement.MANDATORY;
    }

    /** A mandatory firing with this effect: what decides. */
    public boolean decides(Rule.Effect which) {
        return isMandatory() && effect == which;
    }

    /** A firing that stops the plan: a mandatory deny or approval rule, or a mandatory rule that errored. */
    public boolean isBlocking() {
        return isMandatory() && (error != null || effect == Rule.Effect.DENY || effect == Rule.Effect.REQUIRE_APPROVAL);
    }
}
