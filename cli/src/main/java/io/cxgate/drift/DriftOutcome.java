package io.cxgate.drift;

import java.util.Objects;

import io.cxgate.record.Entry;
import io.cxgate.report.Report;

/**
 * A finished drift check: the report (drift, findings with attribution, look-alike warnings, policies) and the
 * {@code drift-check} entry it appended. The exit code is about drift alone: {@link #drifted()}.
 */
public record DriftOutcome(Report report, Entry entry, String store) {
    public DriftOutcome {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(store, "store");
    }

    public boolean drifted() {
        return !report.drift().isEmpty();
    }
}
