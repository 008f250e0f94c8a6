package io.cxgate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.plan.AttributeChange;
import io.cxgate.redact.Redactor;
import io.cxgate.plan.Summary;
import io.cxgate.policy.Decision;
import io.cxgate.policy.RequiredApproval;

/** Wording shared by the human-facing renderers (text and Markdown). */
final class Display {
    static final String KNOWN_AFTER_APPLY = "(known after apply)";

    private Display() {
    }

    /** A value as one line: strings quoted, structures as compact JSON, long values cut. */
    static String value(JsonNode value, int max) {
        String text;
        if (value == null || value.isNull() || value.isMissingNode()) {
            text = "null";
        } else if (value.isTextual() && Redactor.MASK.equals(value.textValue())) {
            text = Redactor.MASK;
        } else {
            text = value.toString();
        }
        if (text.length() > max) {
            text = text.substring(0, Math.max(0, max - 1)) + "…";
        }
        return text;
    }

    /** The report's last line: the exit code the command ends with, and what it means. */
    static String exitLine(io.cxgate.policy.Decision decision) {
        String meaning = switch (decision.outcome()) {
            case ALLOW -> "allowed: the gate passes";
            case APPROVAL_REQUIRED -> "approvals required: the plan may be applied once they are given";
            case DENY -> "denied: this plan must not be applied";
        };
        return "Exit code " + decision.outcome().exitCode() + ": " + meaning + ".";
    }

    static String after(AttributeChange a, int max) {
        return a.afterUnknown() && a.after().isNull() ? KNOWN_AFTER_APPLY : value(a.after(), max);
    }

    /** For set-typed attributes: "- [..removed..] + [..added..]". */
    static String setChange(AttributeChange a, int max) {
        List<String> parts = new ArrayList<>();
        if (!a.before().isEmpty()) {
            parts.add("removed " + value(a.before(), max));
        }
        if (!a.after().isEmpty()) {
            parts.add("added " + value(a.after(), max));
        }
        return String.join("; ", parts);
    }

    static String verdict(Decision decision) {
        return switch (decision.outcome()) {
            case ALLOW -> "ALLOWED";
            case APPROVAL_REQUIRED -> "APPROVAL REQUIRED";
            case DENY -> "DENIED";
        };
    }

    static String approvals(List<RequiredApproval> approvals) {
        return approvals.stream().map(a -> a.group() + " × " + a.count()).collect(Collectors.joining(", "));
    }

    static String counts(Summary s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.create() + " to create");
        parts.add(s.update() + " to update");
        parts.add(s.replace() + " to replace");
        parts.add(s.delete() + " to delete");
        if (s.forget() > 0) {
            parts.add(s.forget() + " to forget");
        }
        if (s.read() > 0) {
            parts.add(s.read() + " to read");
        }
        if (s.unknown() > 0) {
            parts.add(s.unknown() + " with unknown actions");
        }
        parts.add(s.noop() + " unchanged");
        if (s.drift() > 0) {
            parts.add(s.drift() + " drifted");
        }
        return String.join(", ", parts);
    }
}
