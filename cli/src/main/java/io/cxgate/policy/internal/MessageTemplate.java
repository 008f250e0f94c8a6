package io.cxgate.policy.internal;

import java.util.ArrayList;
import java.util.List;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;

import io.cxgate.InvalidInputException;
import io.cxgate.policy.Rule;

/**
 * A rule message: literal text with {@code {{expression}}} parts, each a CEL expression over the rule's
 * variables ({@code {{change.label}}}, {@code {{change.after.name}}}, {@code {{plan.summary.delete}}}), compiled
 * once. A part that fails at run time is left as written, so the reader sees what could not be filled in.
 * A list of strings that ends the message (the finding messages after "…in use in the org:") puts each item on
 * a line of its own; inside the text a list reads as prose ({@code a; b}).
 */
final class MessageTemplate {
    private final List<Object> parts;
    private final java.time.ZoneId zone;

    private MessageTemplate(List<Object> parts, java.time.ZoneId zone) {
        this.parts = List.copyOf(parts);
        this.zone = zone;
    }

    private record Part(String source, CelRuntime.Program program) {
    }

    /** @throws InvalidInputException naming the rule's message when an expression does not compile */
    static MessageTemplate compile(Rule rule, CelRuntime runtime, java.time.ZoneId zone) {
        String text = rule.message();
        List<Object> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            int close = open < 0 ? -1 : text.indexOf("}}", open + 2);
            if (open < 0 || close < 0) {
                parts.add(text.substring(i));
                break;
            }
            if (open > i) {
                parts.add(text.substring(i, open));
            }
            String expression = text.substring(open + 2, close).strip();
            parts.add(new Part(text.substring(open, close + 2), program(rule, expression, runtime)));
            i = close + 2;
        }
        return new MessageTemplate(parts, zone);
    }

    private static CelRuntime.Program program(Rule rule, String expression, CelRuntime runtime) {
        try {
            CelAbstractSyntaxTree ast = CelSetup.compiler(rule.scope(), false).compile(expression).getAst();
            return runtime.createProgram(ast);
        } catch (CelValidationException e) {
            throw new InvalidInputException(rule.source().file() + ": " + rule.source().message() + ": "
                    + rule.source().path() + ".message: CEL in {{" + expression + "}}: "
                    + CelErrors.compile(e, "expression", false));
        } catch (CelEvaluationException e) {
            throw new InvalidInputException(rule.source().file() + ": " + rule.source().message() + ": "
                    + rule.source().path() + ".message: {{" + expression + "}}: " + CelErrors.evaluation(e));
        }
    }

    String render(CelVariableResolver variables) {
        StringBuilder sb = new StringBuilder();
        int last = lastPart();
        for (int i = 0; i < parts.size(); i++) {
            Object part = parts.get(i);
            if (part instanceof Part p) {
                try {
                    Object value = p.program().eval(variables);
                    if (i == last && value instanceof List<?> list && list.size() > 1
                            && list.stream().allMatch(String.class::isInstance)) {
                        sb.setLength(sb.toString().stripTrailing().length());
                        list.forEach(item -> sb.append('\n').append(item));
                        continue;
                    }
                    sb.append(value instanceof com.google.protobuf.Timestamp t ? CelValues.time(t, zone)
                            : CelValues.text(value));
                } catch (CelEvaluationException | RuntimeException e) {
                    sb.append(p.source());
                }
            } else {
                sb.append(part);
            }
        }
        return sb.toString().strip();
    }

    /** The index of the last expression part when only blank text follows it, else -1. */
    private int lastPart() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i) instanceof Part) {
                return i;
            }
            if (!((String) parts.get(i)).isBlank()) {
                return -1;
            }
        }
        return -1;
    }
}
