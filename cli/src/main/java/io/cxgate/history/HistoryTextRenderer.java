package io.cxgate.history;

import static io.cxgate.history.HistoryCells.approvers;
import static io.cxgate.history.HistoryCells.changes;
import static io.cxgate.history.HistoryCells.fit;
import static io.cxgate.history.HistoryCells.hex;
import static io.cxgate.history.HistoryCells.minute;

import java.io.PrintWriter;
import java.util.List;

/** History as text: one row of at most 100 columns per deployment; drift checks with their addresses. */
final class HistoryTextRenderer extends HistoryListRenderer {
    private static final String ROW = "%-10s %-11s %-16s %-12s %-9s %-9s %-10s %-8s %-7s%n";

    @Override
    void deployments(List<Deployment> deployments, PrintWriter out) {
        if (deployments.isEmpty()) {
            out.println("No deployments recorded.");
            return;
        }
        out.printf(ROW, "ID", "RESULT", "STARTED (UTC)", "CHANGES", "PLANNER", "APPLIER", "APPROVERS",
                "ARTIFACT", "COMMIT");
        for (Deployment d : deployments) {
            out.printf(ROW, fit(d.id(), 10), d.result().id(), minute(d.startedAt().toString()),
                    fit(changes(d.summary()), 12), fit(d.plannedBy(), 9), fit(d.appliedBy(), 9),
                    fit(approvers(d), 10), hex(d.artifactDigest(), 8), fit(d.gitCommit().orElse("-"), 7));
        }
    }

    @Override
    void driftChecks(List<DriftCheck> checks, PrintWriter out) {
        if (checks.isEmpty()) {
            out.println("No drift checks recorded.");
        }
        for (DriftCheck c : checks) {
            out.println(HistoryCells.driftLine(c));
            for (String address : c.addresses()) {
                out.println("    " + fit(address, 96));
            }
        }
    }
}
