package io.cxgate.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.plan.Action;
import io.cxgate.plan.AttributeChange;
import io.cxgate.plan.ResourceChange;
import io.cxgate.plan.Summary;
import io.cxgate.policy.Decision;
import io.cxgate.policy.PolicyResult;
import io.cxgate.policy.WaiverResult;
import io.cxgate.simulate.Finding;

/**
 * The report reviewers read on a merge request (CommonMark with GFM tables, as GitHub, GitLab and Azure DevOps render
 * it), in the order of what matters: a plain status line with the verdict, the required approvals and reasons, a
 * table of counts, live-org findings, destructive changes, the rules that fired and the waivers, then ordinary changes,
 * drift and warnings. Each change's attribute list sits in a collapsed {@code <details>} block; sensitive values show
 * as {@code (sensitive)}. {@link BoundedMarkdownRenderer} cuts it to a platform's comment limit.
 */
public final class MarkdownRenderer implements Renderer<Report> {
    private static final int CELL_WIDTH = 160;

    @Override
    public void render(Report report, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        Decision decision = report.decision();
        out.println("### cxgate " + Display.verdict(decision) + " for `" + code(report.environment()) + "`");
        out.println();
        out.println("**Status:** " + status(report));
        out.println();
        if (!decision.requiredApprovals().isEmpty()) {
            out.println("**Required approvals:** " + inline(Display.approvals(decision.requiredApprovals())));
            out.println();
        }
        for (String reason : decision.reasons()) {
            out.println("- " + inline(reason));
        }
        if (!decision.reasons().isEmpty()) {
            out.println();
        }
        Summary s = report.summary();
        out.println("| create | update | replace | delete | forget | read | no-op | drift |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.println("| " + s.create() + " | " + s.update() + " | " + s.replace() + " | " + s.delete() + " | "
                + s.forget() + " | " + s.read() + " | " + s.noop() + " | " + s.drift() + " |");
        out.println();
        printFindings(out, report.findings());
        printChanges(out, "Destructive changes", report.changes().stream().filter(MarkdownRenderer::isDestructive).toList());
        printPolicies(out, report.policies());
        printWaivers(out, report.waivers());
        printChanges(out, "Other changes", report.changes().stream().filter(c -> !isDestructive(c)).toList());
        printChanges(out, "Drift (changed outside Terraform)", report.drift());
        if (!report.warnings().isEmpty()) {
            out.println("#### Warnings");
            out.println();
            report.warnings().forEach(w -> out.println("- " + inline(w)));
            out.println();
        }
        out.println("<sub>Plan `" + code(report.plan().digest()) + "` · Terraform "
                + (report.plan().terraformVersion() == null ? "unknown" : code(report.plan().terraformVersion()))
                + " · live org check: " + report.simulation().source().id() + "</sub>");
        out.println();
        out.println("**" + Display.exitLine(report.decision()) + "**");
        out.flush();
    }

    /** Deletes, replaces and unknown action lists: listed first, and kept longest when a comment is cut. */
    static boolean isDestructive(ResourceChange change) {
        return change.isDestructive() || change.action() == Action.UNKNOWN;
    }

    /** One plain sentence: the verdict and what it needs, readable without the table. */
    private static String status(Report report) {
        Decision decision = report.decision();
        long destructive = report.changes().stream().filter(MarkdownRenderer::isDestructive).count();
        String what = report.changes().size() + " change" + (report.changes().size() == 1 ? "" : "s")
                + (destructive == 0 ? "" : " (" + destructive + " destructive)") + ", "
                + report.findings().size() + " live-org finding" + (report.findings().size() == 1 ? "" : "s");
        switch (decision.outcome()) {
            case ALLOW: return "allowed: " + what + ".";
            case APPROVAL_REQUIRED: return "approval required before apply: " + what + ".";
            case DENY: return "denied by a mandatory policy: " + what + ".";
            default: throw new IllegalStateException("unhandled outcome " + decision.outcome());
        }
    }

    private static void printPolicies(PrintWriter out, List<PolicyResult> policies) {
        if (policies.isEmpty()) {
            return;
        }
        out.println("#### Rules fired");
        out.println();
        out.println("| Effect | Rule | Approvers | Message | Resources |");
        out.println("|---|---|---|---|---|");
        for (PolicyResult p : policies) {
            String approvers = p.approvers() == null ? "" : p.approvers().group() + " × " + p.approvers().count();
            String effect = p.effect().id() + (p.isMandatory() ? "" : " (advisory)");
            String message = p.message() + (p.error() == null ? "" : " (error: " + p.error() + ")");
            out.println("| " + cell(effect) + " | `" + code(p.policy() + "/" + p.rule()) + "` | " + cell(approvers)
                    + " | " + cell(message) + " | " + addresses(p.addresses()) + " |");
        }
        out.println();
    }

    private static void printWaivers(PrintWriter out, List<WaiverResult> waivers) {
        if (waivers.isEmpty()) {
            return;
        }
        out.println("#### Waivers");
        out.println();
        out.println("| Status | Rule | Address | Owner | Expires | Reason |");
        out.println("|---|---|---|---|---|---|");
        for (WaiverResult w : waivers) {
            out.println("| " + cell(w.status().id()) + " | `" + code(w.rule()) + "` | `" + code(w.address()) + "` | "
                    + cell(w.owner()) + " | " + cell(w.expires()) + " | " + cell(w.reason()) + " |");
        }
        out.println();
    }

    private static void printFindings(PrintWriter out, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.println("#### Live org findings");
        out.println();
        out.println("| Severity | Code | Resource | Message |");
        out.println("|---|---|---|---|");
        for (Finding f : findings) {
            out.println("| " + cell(f.severity().id()) + " | `" + code(f.code().name()) + "` | `" + code(String.valueOf(f.address()))
                    + "` | " + cell(f.message()) + " |");
        }
        out.println();
    }

    private static void printChanges(PrintWriter out, String title, List<ResourceChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.println("#### " + title + " (" + changes.size() + ")");
        out.println();
        out.println("| Action | Resource | Address |");
        out.println("|---|---|---|");
        for (ResourceChange c : changes) {
            String action = "**" + c.action().id() + "**" + (c.importing() ? " (import)" : "")
                    + (c.previousAddress() != null ? " (moved from `" + code(c.previousAddress()) + "`)" : "");
            out.println("| " + action + " | " + cell(c.label()) + " | `" + code(c.address()) + "` |");
        }
        out.println();
        for (ResourceChange c : changes) {
            if (!c.attributes().isEmpty()) {
                printAttributes(out, c);
            }
        }
    }

    private static void printAttributes(PrintWriter out, ResourceChange c) {
        out.println("<details><summary>" + html(c.label()) + ": " + c.action().id() + ", " + c.attributes().size()
                + " attribute" + (c.attributes().size() == 1 ? "" : "s") + "</summary>");
        out.println();
        if (c.actionReason() != null) {
            out.println("Reason: `" + code(c.actionReason()) + "`");
            out.println();
        }
        boolean create = c.action() == Action.CREATE;
        boolean delete = c.action() == Action.DELETE;
        out.println(create ? "| Attribute | Value |" : delete ? "| Attribute | Before |" : "| Attribute | Before | After |");
        out.println(create || delete ? "|---|---|" : "|---|---|---|");
        for (AttributeChange a : c.attributes()) {
            String path = "`" + code(a.path()) + "`" + (a.forcesReplacement() ? " **forces replacement**" : "");
            String before = a.set() ? setSide("removed", a.before()) : value(Display.value(a.before(), CELL_WIDTH));
            String after = a.set() ? setSide("added", a.after()) : value(Display.after(a, CELL_WIDTH));
            if (create) {
                out.println("| " + path + " | " + after + " |");
            } else if (delete) {
                out.println("| " + path + " | " + before + " |");
            } else {
                out.println("| " + path + " | " + before + " | " + after + " |");
            }
        }
        out.println();
        out.println("</details>");
        out.println();
    }

    /** One side of a set change: "added: [..]", or nothing when no element moved that way. */
    private static String setSide(String verb, JsonNode elements) {
        return elements.isEmpty() ? "" : verb + ": " + value(Display.value(elements, CELL_WIDTH));
    }

    private static String addresses(List<String> addresses) {
        if (addresses.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(addresses.size(), TextRenderer.ADDRESSES_SHOWN);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : "<br>").append('`').append(code(addresses.get(i))).append('`');
        }
        if (addresses.size() > shown) {
            sb.append("<br>and ").append(addresses.size() - shown).append(" more");
        }
        return sb.toString();
    }

    private static String value(String text) {
        return "`" + code(text) + "`";
    }

    /** Text for a table cell: pipes escaped, newlines flattened, HTML neutralised. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return inline(text).replace("|", "\\|");
    }

    private static String inline(String text) {
        return html(text).replace("\r", " ").replace("\n", "<br>");
    }

    /** Inside backticks only the backtick, the table pipe and line breaks need care. */
    private static String code(String text) {
        return text.replace("`", "'").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
