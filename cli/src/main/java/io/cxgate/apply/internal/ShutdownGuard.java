package io.cxgate.apply.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Holds the JVM's exit while an apply records what happened: when cxgate is stopped (SIGTERM from a cancelled CI job,
 * Ctrl-C) during {@code terraform apply}, terraform is stopped by the runner's own shutdown hook, the apply thread then
 * sees terraform's exit, records {@code apply-finished} as failed with the reason and releases the lock, and only then
 * does this hook let the JVM exit (at most {@code patience}). SIGKILL cannot be caught: that apply is {@code interrupted}
 * in {@code history} once its lock is stale.
 */
public final class ShutdownGuard implements AutoCloseable {
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch recorded = new CountDownLatch(1);
    private final Thread hook;

    private ShutdownGuard(Duration patience) {
        this.hook = new Thread(() -> {
            stopping.set(true);
            try {
                recorded.await(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cxgate-apply-shutdown");
    }

    /** Installs the hook; {@code patience} bounds how long a stopping JVM waits for the record. */
    public static ShutdownGuard install(Duration patience) {
        ShutdownGuard guard = new ShutdownGuard(patience);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** Whether the JVM is stopping: no new process may be started, and the apply is recorded as interrupted. */
    public boolean stopping() {
        return stopping.get();
    }

    /** The apply is recorded and its lock released: a stopping JVM may exit now. */
    @Override
    public void close() {
        recorded.countDown();
        if (!stopping.get()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM started stopping just now; the hook returns at once, the latch is open
            }
        }
    }
}
