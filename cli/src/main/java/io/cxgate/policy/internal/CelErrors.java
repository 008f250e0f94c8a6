package io.cxgate.policy.internal;

import java.util.List;
import java.util.regex.Pattern;

import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;

/** CEL's messages as one readable line. */
final class CelErrors {
    private static final Pattern EVAL_PREFIX = Pattern.compile("^evaluation error(?: at <input>:\\d+)?: ");

    private CelErrors() {
    }

    /** The first compile issue with its place in the expression, e.g. "undefined field 'adress' (line 1, column 8 of the condition)". */
    static String compile(CelValidationException e, String what, boolean multiLine) {
        List<CelIssue> issues = e.getErrors();
        if (issues.isEmpty()) {
            return oneLine(e.getMessage());
        }
        CelIssue first = issues.get(0);
        StringBuilder sb = new StringBuilder(oneLine(first.getMessage()).replace(" (in container '')", ""));
        int line = first.getSourceLocation().getLine();
        int column = first.getSourceLocation().getColumn();
        if (line > 0) {
            sb.append(" (").append(multiLine ? "line " + line + ", " : "").append("column ").append(column + 1)
                    .append(" of the ").append(what).append(')');
        }
        if (issues.size() > 1) {
            sb.append(" and ").append(issues.size() - 1).append(" more problem").append(issues.size() == 2 ? "" : "s");
        }
        return sb.toString();
    }

    /** A runtime failure without CEL's "evaluation error at <input>:12:" prefix. */
    static String evaluation(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return EVAL_PREFIX.matcher(oneLine(message)).replaceFirst("");
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
