package io.cxgate.apply.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.cxgate.record.Lock;
import io.cxgate.record.RecordStore;

/**
 * Keeps an environment lock live while an apply runs: renews it every {@link Lock#RENEW_EVERY} on a daemon thread,
 * and says so once on stderr if it was lost (released by {@code cxgate unlock}, or taken over after the store was
 * unreachable for longer than the lock's TTL). Closing it stops the renewals; it never releases the lock itself.
 */
public final class LockRenewal implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final AtomicBoolean lost = new AtomicBoolean();

    private LockRenewal(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static LockRenewal start(RecordStore store, Lock lock, Duration every, Consumer<String> notices) {
        Objects.requireNonNull(store, "store");
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "cxgate-lock-renewal");
            thread.setDaemon(true);
            return thread;
        });
        LockRenewal renewal = new LockRenewal(timer);
        timer.scheduleAtFixedRate(() -> renewal.renew(store, lock, notices), every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return renewal;
    }

    private void renew(RecordStore store, Lock lock, Consumer<String> notices) {
        try {
            if (!store.renew(lock) && lost.compareAndSet(false, true)) {
                notices.accept("cxgate: warning: the lock on " + lock.environment() + " is no longer ours (released"
                        + " with cxgate unlock, or taken over); terraform goes on, but another apply may start");
            }
        } catch (RuntimeException e) {
            notices.accept("cxgate: warning: could not renew the lock on " + lock.environment() + ": " + e.getMessage());
        }
    }

    /** Whether a renewal found the lock gone. */
    public boolean lost() {
        return lost.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
