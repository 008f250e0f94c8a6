package io.cxgate.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

import io.cxgate.plan.Action;
import io.cxgate.plan.AttributeChange;
import io.cxgate.plan.OutputChange;
import io.cxgate.plan.ResourceChange;
import io.cxgate.policy.Decision;
import io.cxgate.policy.PolicyResult;
import io.cxgate.policy.Rule;
import io.cxgate.policy.WaiverResult;
import io.cxgate.simulate.Finding;

/** The terminal report: verdict first, then aligned changes; ANSI colour only when asked for. */
public final class TextRenderer implements Renderer<Report> {
    private static final int VALUE_WIDTH = 120;
    /** Addresses listed under a rule firing (a plan-scoped rule may match thousands); the JSON report has them all. */
    static final int ADDRESSES_SHOWN = 10;
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String DIM = "\u001b[2m";

    private final boolean color;

    public TextRenderer(RenderOptions options) {
        this.color = options.color();
    }

    @Override
    public void render(Report report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        Decision decision = report.decision();
        out.println(paint(BOLD + verdictColour(decision), "cxgate: " + Display.verdict(decision))
                + "  environment " + report.environment());
        if (!decision.requiredApprovals().isEmpty()) {
            out.println("Required approvals: " + Display.approvals(decision.requiredApprovals()));
        }
        for (String reason : decision.reasons()) {
            out.println("  - " + reason.replace("\n", "\n    "));
        }
        printPolicies(out, report.policies());
        printWaivers(out, report.waivers());

        out.println();
        out.println("Plan    " + report.plan().source() + "  " + paint(DIM, report.plan().digest()));
        out.println("Summary " + Display.counts(report.summary()));
        out.println("Live org check: " + simulation(report.simulation()));
        printFindings(out, report.findings());
        printChanges(out, "Changes", report.changes());
        printChanges(out, "Drift (changed outside Terraform)", report.drift());
        printOutputs(out, report.outputs());
        if (!report.warnings().isEmpty()) {
            out.println();
            out.println(paint(BOLD, "Warnings"));
            report.warnings().forEach(w -> out.println("  ! " + w));
        }
        out.println();
        out.println(Display.exitLine(report.decision()));
        out.flush();
    }

    private void printChanges(PrintWriter out, String title, List<ResourceChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.println();
        out.println(paint(BOLD, title));
        int labelWidth = Math.min(48, changes.stream().mapToInt(c -> c.label().length()).max().orElse(0));
        for (ResourceChange c : changes) {
            String flags = (c.importing() ? " [import]" : "")
                    + (c.previousAddress() != null ? " [moved from " + c.previousAddress() + "]" : "")
                    + (c.actionReason() != null ? " (" + c.actionReason() + ")" : "");
            out.println("  " + paint(actionColour(c.action()), symbol(c.action()) + " " + pad(c.action().id(), 8))
                    + " " + pad(c.label(), labelWidth) + "  " + paint(DIM, c.address()) + flags);
            if (c.action() == Action.DELETE) {
                // every attribute goes; listing them buries the rest of the report (JSON keeps them)
                out.println("        (" + c.attributes().size() + " attributes removed)");
                continue;
            }
            int pathWidth = Math.min(56, c.attributes().stream().mapToInt(a -> a.path().length()).max().orElse(0));
            for (AttributeChange a : c.attributes()) {
                String change = a.set() ? Display.setChange(a, VALUE_WIDTH)
                        : c.action() == Action.CREATE ? Display.after(a, VALUE_WIDTH)
                        : Display.value(a.before(), VALUE_WIDTH) + " → " + Display.after(a, VALUE_WIDTH);
                out.println("        " + pad(a.path(), pathWidth) + "  " + change
                        + (a.forcesReplacement() ? paint(RED, "  # forces replacement") : ""));
            }
        }
    }

    private void printPolicies(PrintWriter out, List<PolicyResult> policies) {
        if (policies.isEmpty()) {
            return;
        }
        out.println();
        out.println(paint(BOLD, "Rules fired"));
        for (PolicyResult p : policies) {
            String who = p.approvers() == null ? "" : "  [" + p.approvers().group() + " × " + p.approvers().count() + "]";
            out.println("  " + paint(effectColour(p.effect()), pad(p.effect().id(), 16)) + " "
                    + pad(p.isMandatory() ? "" : "advisory", 8) + " " + p.rule() + paint(DIM, " (" + p.policy() + ")") + who);
            out.println("        " + p.message().replace("\n", "\n        "));
            if (p.error() != null) {
                out.println("        error: " + p.error());
            }
            int shown = Math.min(p.addresses().size(), ADDRESSES_SHOWN);
            for (String address : p.addresses().subList(0, shown)) {
                out.println("        " + paint(DIM, address));
            }
            if (p.addresses().size() > shown) {
                out.println("        " + paint(DIM, "… and " + (p.addresses().size() - shown) + " more"));
            }
        }
    }

    private void printWaivers(PrintWriter out, List<WaiverResult> waivers) {
        if (waivers.isEmpty()) {
            return;
        }
        out.println();
        out.println(paint(BOLD, "Waivers"));
        for (WaiverResult w : waivers) {
            out.println("  " + pad(w.status().id(), 8) + " " + w.rule() + " for " + w.address() + " (owner " + w.owner()
                    + ", expires " + w.expires() + "): " + w.reason());
        }
    }

    private void printFindings(PrintWriter out, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.println();
        out.println(paint(BOLD, "Live org findings"));
        for (Finding f : findings) {
            out.println("  " + paint(f.severity() == Finding.Severity.ERROR ? RED : YELLOW, pad(f.severity().id(), 7)) + " "
                    + f.code() + "  " + paint(DIM, String.valueOf(f.address())));
            out.println("        " + f.message().replace("\n", "\n        "));
        }
    }

    private void printOutputs(PrintWriter out, List<OutputChange> outputs) {
        List<OutputChange> changed = outputs.stream().filter(o -> o.action() != Action.NOOP).toList();
        if (changed.isEmpty()) {
            return;
        }
        out.println();
        out.println(paint(BOLD, "Outputs"));
        for (OutputChange o : changed) {
            out.println("  " + symbol(o.action()) + " " + o.name() + ": " + Display.value(o.before(), VALUE_WIDTH)
                    + " → " + (o.afterUnknown() ? Display.KNOWN_AFTER_APPLY : Display.value(o.after(), VALUE_WIDTH)));
        }
    }

    private static String simulation(Report.SimulationInfo s) {
        return switch (s.source()) {
            case NONE -> "not run (no --org or --live)";
            case SNAPSHOT -> "org snapshot";
            case LIVE -> s.source().id() + " (" + s.requests() + " API requests)";
        };
    }

    static String symbol(Action action) {
        return switch (action) {
            case CREATE -> "+";
            case UPDATE -> "~";
            case DELETE -> "-";
            case REPLACE -> "±";
            case READ -> "<";
            case FORGET -> "⊘";
            case NOOP -> " ";
            case UNKNOWN -> "?";
        };
    }

    private static String actionColour(Action action) {
        return switch (action) {
            case CREATE -> GREEN;
            case UPDATE -> YELLOW;
            case DELETE, REPLACE, UNKNOWN -> RED;
            case READ, FORGET, NOOP -> CYAN;
        };
    }

    private static String verdictColour(Decision decision) {
        return switch (decision.outcome()) {
            case ALLOW -> GREEN;
            case APPROVAL_REQUIRED -> YELLOW;
            case DENY -> RED;
        };
    }

    private static String effectColour(Rule.Effect effect) {
        return switch (effect) {
            case DENY -> RED;
            case REQUIRE_APPROVAL -> YELLOW;
            case WARN -> CYAN;
        };
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }

    private static String pad(String text, int width) {
        StringBuilder sb = new StringBuilder(text);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
