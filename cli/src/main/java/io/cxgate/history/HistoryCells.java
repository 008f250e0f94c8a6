package io.cxgate.history;

import java.util.Map;
import java.util.stream.Collectors;

/** How {@code history} and {@code show} print a deployment's cells in text and Markdown. */
final class HistoryCells {
    private HistoryCells() {
    }

    /** {@code +1 ~2 -0 ±0}: creates, updates, deletes, replaces. */
    static String changes(Map<String, Long> summary) {
        return "+" + summary.getOrDefault("create", 0L) + " ~" + summary.getOrDefault("update", 0L)
                + " -" + summary.getOrDefault("delete", 0L) + " ±" + summary.getOrDefault("replace", 0L);
    }

    static String approvers(Deployment d) {
        String names = d.approvals().stream().map(Deployment.Approval::identity).distinct()
                .collect(Collectors.joining(","));
        return names.isEmpty() ? "-" : names;
    }

    /** {@code sha256:abcdef…} → the first {@code n} hex digits. */
    static String hex(String digest, int n) {
        String hex = digest.startsWith("sha256:") ? digest.substring("sha256:".length()) : digest;
        return hex.isEmpty() ? "-" : hex.substring(0, Math.min(n, hex.length()));
    }

    static String minute(String instant) {
        return instant.length() >= 16 ? instant.substring(0, 10) + " " + instant.substring(11, 16) : instant;
    }

    static String fit(String value, int width) {
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }

    /** A drift check's line: {@code drift-0001  prod  2026-11-26 21:00  2 drifted}. */
    static String driftLine(DriftCheck c) {
        return c.id() + "  " + c.environment() + "  " + minute(c.at().toString()) + "  "
                + (c.drifted() == 0 ? "no drift" : c.drifted() + " drifted");
    }
}
