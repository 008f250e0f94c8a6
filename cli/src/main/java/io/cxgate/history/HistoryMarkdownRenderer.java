package io.cxgate.history;

import static io.cxgate.history.HistoryCells.approvers;
import static io.cxgate.history.HistoryCells.changes;
import static io.cxgate.history.HistoryCells.fit;
import static io.cxgate.history.HistoryCells.hex;
import static io.cxgate.history.HistoryCells.minute;

import java.io.PrintWriter;
import java.util.List;

/** History as Markdown: a table of deployments; drift checks as a list with their addresses. */
final class HistoryMarkdownRenderer extends HistoryListRenderer {
    @Override
    void deployments(List<Deployment> deployments, PrintWriter out) {
        out.println("| Deployment | Result | Started (UTC) | Changes | Planned by | Applied by | Approvals"
                + " | Artifact | Commit |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (Deployment d : deployments) {
            out.println("| " + String.join(" | ", d.id() + d.rollbackOf().map(r -> " (rollback of " + r + ")")
                            .orElse(""), d.result().id(), minute(d.startedAt().toString()),
                    changes(d.summary()), d.plannedBy(), d.appliedBy(), approvers(d),
                    "`" + hex(d.artifactDigest(), 12) + "`", d.gitCommit().map(c -> fit(c, 7)).orElse("-"))
                    .replace("\n", " ") + " |");
        }
    }

    @Override
    void driftChecks(List<DriftCheck> checks, PrintWriter out) {
        if (checks.isEmpty()) {
            out.println("No drift checks recorded.");
        }
        for (DriftCheck c : checks) {
            out.println("- " + HistoryCells.driftLine(c));
            for (String address : c.addresses()) {
                out.println("  - `" + address + "`");
            }
        }
    }
}
