package io.cxgate.apply.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.cxgate.CxgateException;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.Lock;
import io.cxgate.record.NewEntry;
import io.cxgate.record.RecordStore;

/**
 * The records store of an apply after terraform has run, when what happened must still be recorded: a store lost
 * meanwhile (PostgreSQL restarted, a network blip, a failover) is opened again, backing off up to 10 s between tries,
 * for up to {@link #window} ({@value #WINDOW_ENV} seconds, default {@value #DEFAULT_WINDOW_SECONDS}), and the write is
 * made on the new connection. An {@code apply-finished} that may have been committed before the connection broke is
 * looked up first, so it is never written twice. A failure that reopening does not cure is not retried.
 */
public final class ReconnectingStore {
    /** Seconds to wait for a lost store to come back before giving up on recording (CI jobs may set it lower). */
    public static final String WINDOW_ENV = "CXGATE_RECORDS_RETRY_SECONDS";
    static final long DEFAULT_WINDOW_SECONDS = 300;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final Supplier<RecordStore> opener;
    private final Duration window;
    private final Consumer<String> notices;
    private RecordStore current;
    private RecordStore reopened;

    public ReconnectingStore(RecordStore store, Supplier<RecordStore> opener, Map<String, String> environment,
            Consumer<String> notices) {
        this.current = Objects.requireNonNull(store, "store");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.window = window(environment);
    }

    static Duration window(Map<String, String> environment) {
        String value = environment.get(WINDOW_ENV);
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(DEFAULT_WINDOW_SECONDS);
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            throw new CxgateException(WINDOW_ENV + ": '" + value + "' is not a number of seconds");
        }
    }

    /** The store in use now (the original until it was lost). */
    public RecordStore current() {
        return current;
    }

    /** Appends deployment {@code started}'s {@code apply-finished}, once, on whichever connection works. */
    public Entry appendFinished(Entry started, NewEntry finished) {
        return call("recording " + started.id() + "'s apply-finished", window, store -> existingFinish(store, started)
                .orElseGet(() -> store.append(finished)));
    }

    /**
     * Releases the lock on the store in use, without waiting for a lost one (the lock goes stale by itself within
     * {@link Lock#TTL}); when that fails, says when the lock goes stale instead of failing the command.
     */
    public void release(Lock lock) {
        try {
            call("releasing the lock on " + lock.environment(), Duration.ZERO, store -> store.release(lock));
        } catch (CxgateException e) {
            notices.accept("cxgate: warning: the lock on " + lock.environment() + " could not be released ("
                    + e.getMessage() + "); it goes stale at " + lock.expires() + " and the next apply takes it over");
        }
    }

    /** Closes a store this opened (the original belongs to its opener). */
    public void closeReopened() {
        if (reopened != null) {
            closeQuietly(reopened);
        }
    }

    private static Optional<Entry> existingFinish(RecordStore store, Entry started) {
        return store.entries(EntryQuery.all().environment(started.environment()).kind(EntryKind.APPLY_FINISHED)
                .id(started.id())).stream().findFirst();
    }

    private <T> T call(String what, Duration window, Function<RecordStore, T> action) {
        try {
            return action.apply(current);
        } catch (CxgateException lost) {
            if (window.isZero()) {
                throw lost;
            }
            long deadline = System.nanoTime() + window.toNanos();
            notices.accept("cxgate: warning: the records store failed while " + what + " (" + lost.getMessage()
                    + "); trying again for up to " + window.toSeconds() + " s (" + WINDOW_ENV + ")");
            Duration backoff = FIRST_BACKOFF;
            CxgateException last = lost;
            while (System.nanoTime() < deadline) {
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                try {
                    RecordStore fresh = opener.get();
                    closeReopened();
                    reopened = fresh;
                    current = fresh;
                } catch (CxgateException stillDown) {
                    last = stillDown;
                    continue;
                }
                T result = action.apply(current);   // the store is back: a failure now is not about reaching it
                notices.accept("cxgate: the records store is back; " + what + " done");
                return result;
            }
            throw new CxgateException(what + ": the records store stayed unreachable for " + window.toSeconds()
                    + " s: " + last.getMessage(), last);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CxgateException("interrupted while waiting for the records store", e);
        }
    }

    private static void closeQuietly(RecordStore store) {
        try {
            store.close();
        } catch (Exception e) {
            // a lost connection may not close cleanly; nothing is left to do with it
        }
    }
}
