package io.cxgate.record;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.cxgate.CxgateException;

/**
 * Keeps an acquired lock live while its holder works: renews it every {@link Lock#RENEW_EVERY} (to now +
 * {@link Lock#TTL}) on a daemon thread and releases it on {@link #close()}. When a renewal finds the lock gone
 * (released by {@code cxgate unlock}, or taken over after it went stale), {@link #lost()} turns true and renewals
 * stop; a renewal that fails for a store error is retried at the next tick (the TTL covers a few misses).
 *
 * <pre>{@code
 * try (LockRenewal renewal = LockRenewal.start(store, acquired.lock())) {
 *     ... terraform apply ...
 * }
 * }</pre>
 */
public final class LockRenewal implements AutoCloseable {
    private final RecordStore store;
    private final Lock lock;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean lost = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private LockRenewal(RecordStore store, Lock lock, Duration every) {
        this.store = Objects.requireNonNull(store, "store");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cxgate-lock-renewal-" + lock.environment());
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        timer.scheduleWithFixedDelay(this::renew, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Starts renewing every {@link Lock#RENEW_EVERY}. */
    public static LockRenewal start(RecordStore store, Lock lock) {
        return new LockRenewal(store, lock, Lock.RENEW_EVERY);
    }

    /** Starts renewing at another interval (tests). */
    public static LockRenewal start(RecordStore store, Lock lock, Duration every) {
        return new LockRenewal(store, lock, every);
    }

    public Lock lock() {
        return lock;
    }

    /** Whether a renewal found the lock no longer ours. */
    public boolean lost() {
        return lost.get();
    }

    private void renew() {
        if (closed.get() || lost.get()) {
            return;
        }
        try {
            if (!store.renew(lock)) {
                lost.set(true);
                timer.shutdown();
            }
        } catch (CxgateException e) {
            // a store hiccup: the next tick tries again, and the TTL outlasts a few misses
        }
    }

    /**
     * Stops renewing and releases the lock if it is still ours.
     *
     * @return false when the lock was no longer ours
     */
    public boolean release() {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return store.release(lock);
    }

    @Override
    public void close() {
        release();
    }
}
