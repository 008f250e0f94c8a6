package io.cxgate.policy;

import java.time.ZoneId;

import io.cxgate.InvalidInputException;
import io.cxgate.policy.internal.CompiledPolicies;

/**
 * Evaluates a plan against a {@link PolicySet}: for each change, the rules whose {@code match} passes (checked
 * cheaply and cached per type, action and importing) run their CEL condition; plan-scoped rules run once with
 * the changes that matched. Firings covered by a valid waiver move to {@link Evaluation#waivers()}. Then the
 * decision: an errored or incomplete plan is denied whatever the rules say; else any mandatory deny denies;
 * else any mandatory {@code require_approval} requires approvals (each group at its highest count); else allow.
 */
public final class PolicyEngine {
    private final CompiledPolicies compiled;

    private PolicyEngine(CompiledPolicies compiled) {
        this.compiled = compiled;
    }

    /**
     * Compiles every condition and message once.
     *
     * @param timeZone the config's {@code timeZone} (UTC by default): for {@code inWindow} and waiver expiry
     * @throws InvalidInputException naming file, line and CEL's message for a condition or message that does not
     *                               compile (a misspelt field of a declared variable is one)
     */
    public static PolicyEngine compile(PolicySet set, ZoneId timeZone) {
        return new PolicyEngine(CompiledPolicies.compile(set, timeZone));
    }

    public PolicySet policies() {
        return compiled.set();
    }

    public Evaluation evaluate(EvaluationInput input) {
        return compiled.evaluate(input);
    }
}
