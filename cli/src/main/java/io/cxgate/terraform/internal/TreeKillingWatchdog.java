package io.cxgate.terraform.internal;

import java.time.Duration;
import java.util.Objects;

import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.Watchdog;

/**
 * commons-exec's watchdog, except that a timeout stops the whole process tree ({@link ProcessTree}), not
 * only the direct child: terraform's providers, or a stand-in's {@code sleep}, would otherwise live on and
 * hold the output pipes open.
 */
public final class TreeKillingWatchdog extends ExecuteWatchdog {
    private final Duration grace;
    private volatile Process process;
    private volatile boolean timedOut;

    /** commons-exec 1.5 offers subclasses only this (deprecated) constructor; the builder's is private. */
    @SuppressWarnings("deprecation")
    public TreeKillingWatchdog(Duration timeout, Duration grace) {
        super(Objects.requireNonNull(timeout, "timeout").toMillis());
        this.grace = Objects.requireNonNull(grace, "grace");
    }

    @Override
    public synchronized void start(Process processToMonitor) {
        this.process = processToMonitor;
        super.start(processToMonitor);
    }

    @Override
    public void timeoutOccured(Watchdog w) {
        Process p = process;
        if (p != null && p.isAlive()) {
            timedOut = true;
            ProcessTree.terminate(p.toHandle(), grace);
        }
        super.timeoutOccured(w);
    }

    /** Whether the timeout fired while the process was running. */
    public boolean timedOut() {
        return timedOut;
    }

    /** Kills the tree at once if the process is still running (the caller gave up on it). */
    public void killIfRunning() {
        Process p = process;
        if (p != null && p.isAlive()) {
            ProcessTree.terminate(p.toHandle(), Duration.ZERO);
        }
    }
}
