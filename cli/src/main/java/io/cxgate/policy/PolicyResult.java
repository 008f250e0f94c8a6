package io.cxgate.policy;

import java.util.List;

/**
 * One rule firing: on one change (one address, message rendered for it) or, for a plan-scoped
 * rule, once (the addresses that passed its match).
 *
 * @param effect      deny, require_approval or warn
 * @param enforcement advisory or mandatory
 * @param approvers   for require_approval, else null
 * @param error       a runtime error evaluating the rule (it then counts as fired when mandatory), else null
 */
public record PolicyResult(String policy, String rule, String effect, String enforcement, List<String> addresses,
                           String message, RequiredApproval approvers, String error) {
    public PolicyResult {
        addresses = List.copyOf(addresses);
    }

    public boolean isMandatory() {
        return "mandatory".equals(enforcement);
    }

    /** A firing that stops the plan: a mandatory deny or approval rule, or a mandatory rule that errored. */
    public boolean isBlocking() {
        return isMandatory() && (error != null || "deny".equals(effect) || "require_approval".equals(effect));
    }
}
