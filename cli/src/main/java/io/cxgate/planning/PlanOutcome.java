package io.cxgate.planning;

import java.nio.file.Path;
import java.util.Objects;

import io.cxgate.bundle.Bundle;
import io.cxgate.report.Report;

/**
 * A complete bundle: where it is, its {@code bundle.json}, its digest and the report it holds. The report's decision
 * is the command's exit code.
 */
public record PlanOutcome(Path bundleDir, Bundle bundle, String bundleDigest, Report report) {
    public PlanOutcome {
        Objects.requireNonNull(bundleDir, "bundleDir");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(bundleDigest, "bundleDigest");
        Objects.requireNonNull(report, "report");
    }
}
