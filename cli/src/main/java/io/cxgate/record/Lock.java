package io.cxgate.record;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An environment lock as stored: one row per environment (ARCHITECTURE.md, "Locks").
 *
 * @param token        random, chosen by the acquirer: renew and release act only on the lock with this token,
 *                     so a holder whose lock was taken over cannot touch its successor's
 * @param since        when it was acquired (UTC, milliseconds)
 * @param expires      renewed to now + {@link #TTL} every {@link #RENEW_EVERY}
 * @param bundleDigest the bundle being applied ({@code sha256:…}), or a note for other holders
 */
public record Lock(String environment, Holder holder, String token, Instant since, Instant expires, String bundleDigest) {
    /** How long a lock stays live without renewal. */
    public static final Duration TTL = Duration.ofMinutes(2);
    /** How often a holder renews. */
    public static final Duration RENEW_EVERY = Duration.ofSeconds(30);

    /** Why a lock is, or is no longer, in force. */
    public enum Liveness {
        /** Renewed recently and, as far as this host can tell, its holder runs. */
        LIVE,
        /** {@code expires} has passed: its holder stopped renewing. */
        EXPIRED,
        /** Its holder ran on this host and PID namespace and that process is gone. */
        HOLDER_GONE;

        public boolean isStale() {
            return this != LIVE;
        }
    }

    public Lock {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(token, "token");
        since = Objects.requireNonNull(since, "since").truncatedTo(ChronoUnit.MILLIS);
        expires = Objects.requireNonNull(expires, "expires").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(bundleDigest, "bundleDigest");
    }

    /**
     * Whether this lock is still in force, judged at {@code now} by a process that is {@code here}: expired
     * locks are stale; so are locks whose holder shares {@code here}'s host and PID namespace and is no longer
     * running (or whose PID now belongs to a process started after {@link #since}).
     */
    public Liveness liveness(Instant now, Holder here, Processes processes) {
        if (!now.isBefore(expires)) {
            return Liveness.EXPIRED;
        }
        if (holder.sharesProcessTableWith(here) && !processes.isRunningSince(holder.pid(), since)) {
            return Liveness.HOLDER_GONE;
        }
        return Liveness.LIVE;
    }

    /** {@code dana (pid 4242 on build-7) since 2026-11-26T09:00:00.000Z}: how refusals name the holder. */
    public String describe() {
        return holder.describe() + " since " + since;
    }

    /** Which processes run on this host; {@link #local()} asks the operating system. */
    @FunctionalInterface
    public interface Processes {
        /** Whether process {@code pid} runs and was started no later than {@code since}. */
        boolean isRunningSince(long pid, Instant since);

        static Processes local() {
            return (pid, since) -> ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .map(p -> p.info().startInstant().map(start -> !start.isAfter(since.plusSeconds(1))).orElse(true))
                    .orElse(false);
        }
    }
}
