package io.cxgate.history;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

import io.cxgate.report.Renderer;

/** One format of {@link History}: a way to print deployments and a way to print drift checks. */
abstract class HistoryListRenderer implements Renderer<History> {
    @Override
    public final void render(History history, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        if (history instanceof History.Deployments d) {
            deployments(d.deployments(), out);
        } else if (history instanceof History.DriftChecks c) {
            driftChecks(c.checks(), out);
        }
        out.flush();
    }

    abstract void deployments(List<Deployment> deployments, PrintWriter out) throws IOException;

    abstract void driftChecks(List<DriftCheck> checks, PrintWriter out) throws IOException;
}
