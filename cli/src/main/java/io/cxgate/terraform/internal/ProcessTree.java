package io.cxgate.terraform.internal;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a process and everything it started. Terraform gets a polite signal first (SIGTERM, which it
 * answers by stopping gracefully and saving state) and {@code grace} to exit; then it and every
 * descendant still alive are killed. Descendants are listed before the root is signalled: once the root
 * is gone its children are re-parented and no longer found through it.
 */
public final class ProcessTree {
    private ProcessTree() {
    }

    public static void terminate(ProcessHandle root, Duration grace) {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        root.descendants().forEach(tree::add);
        root.destroy();
        if (!grace.isZero() && !grace.isNegative()) {
            try {
                root.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // still running: killed below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (root.isAlive()) {
            root.descendants().forEach(tree::add);
            root.destroyForcibly();
        }
        for (ProcessHandle process : tree) {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
