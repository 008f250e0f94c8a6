package io.cxgate.terraform.internal;

import java.time.Duration;

/** Short human durations in terraform's own style: {@code 45s}, {@code 1m30s}, {@code 2h0m5s}. */
public final class Durations {
    private Durations() {
    }

    /** Whole seconds, truncated. */
    public static String brief(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        long secs = seconds % 60;
        if (hours > 0) {
            return hours + "h" + minutes + "m" + secs + "s";
        }
        if (minutes > 0) {
            return minutes + "m" + secs + "s";
        }
        return secs + "s";
    }
}
