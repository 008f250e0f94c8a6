package io.cxgate.policy.internal;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;

import io.cxgate.InvalidInputException;
import io.cxgate.policy.Rule;

/**
 * A rule ready to run: its match compiled, its condition and message compiled once.
 *
 * @param index the rule's place in the bundle, for ordering results
 */
record CompiledRule(int index, Rule rule, RuleMatcher matcher, CelRuntime.Program condition, MessageTemplate message) {

    /** @throws InvalidInputException naming file, line and CEL's message when the condition does not compile */
    static CompiledRule compile(int index, Rule rule, CelRuntime runtime, java.time.ZoneId zone) {
        CelRuntime.Program condition;
        try {
            CelAbstractSyntaxTree ast = CelSetup.compiler(rule.scope(), true).compile(rule.condition()).getAst();
            condition = runtime.createProgram(ast);
        } catch (CelValidationException e) {
            throw new InvalidInputException(rule.source().file() + ": " + rule.source().condition() + ": "
                    + rule.source().path() + ".condition: CEL: "
                    + CelErrors.compile(e, "condition", rule.condition().strip().contains("\n"))
                    + (rule.scope() == Rule.Scope.PLAN && e.getMessage().contains("'change'")
                    ? " (a plan-scoped rule has no 'change'; use plan.changes)" : ""));
        } catch (CelEvaluationException e) {
            throw new InvalidInputException(rule.source().file() + ": " + rule.source().condition() + ": "
                    + rule.source().path() + ".condition: " + CelErrors.evaluation(e));
        }
        return new CompiledRule(index, rule, new RuleMatcher(rule.match()), condition, MessageTemplate.compile(rule, runtime, zone));
    }
}
