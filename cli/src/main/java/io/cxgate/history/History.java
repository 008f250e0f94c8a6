package io.cxgate.history;

import java.util.List;

import io.cxgate.report.Format;
import io.cxgate.report.Renderers;

/** What {@code cxgate history} prints: recorded deployments, or with {@code --drift} recorded drift checks. */
public sealed interface History {
    /** The formats history is printed in: text (fits 100 columns), Markdown, or the JSON contract. */
    Renderers<History> RENDERERS = new Renderers<History>("--format %s: history prints %s")
            .with(Format.TEXT, options -> new HistoryTextRenderer())
            .with(Format.MARKDOWN, options -> new HistoryMarkdownRenderer())
            .with(Format.JSON, options -> new HistoryJsonRenderer());

    /** Deployments newest first. */
    record Deployments(List<Deployment> deployments) implements History {
        public Deployments {
            deployments = List.copyOf(deployments);
        }
    }

    /** Drift checks newest first. */
    record DriftChecks(List<DriftCheck> checks) implements History {
        public DriftChecks {
            checks = List.copyOf(checks);
        }
    }
}
