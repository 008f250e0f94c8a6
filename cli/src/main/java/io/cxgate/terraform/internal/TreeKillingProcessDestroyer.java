package io.cxgate.terraform.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.commons.exec.ShutdownHookProcessDestroyer;

/**
 * commons-exec's shutdown hook, except that when the JVM exits (Ctrl-C, CI cancelling the job) each
 * running terraform gets SIGTERM and {@code grace} to stop gracefully, and then its whole tree is killed.
 */
public final class TreeKillingProcessDestroyer extends ShutdownHookProcessDestroyer {
    private final Duration grace;
    private final List<Process> running = new CopyOnWriteArrayList<>();

    public TreeKillingProcessDestroyer(Duration grace) {
        this.grace = Objects.requireNonNull(grace, "grace");
    }

    @Override
    public boolean add(Process process) {
        running.add(process);
        return super.add(process);
    }

    @Override
    public boolean remove(Process process) {
        running.remove(process);
        return super.remove(process);
    }

    @Override
    public void run() {
        for (Process process : running) {
            if (process.isAlive()) {
                ProcessTree.terminate(process.toHandle(), grace);
            }
        }
        super.run();
    }
}
