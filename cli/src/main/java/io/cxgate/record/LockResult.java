package io.cxgate.record;

import java.util.Objects;
import java.util.Optional;

/** The answer to {@link RecordStore#tryLock}: a held lock is an answer, not an error. */
public sealed interface LockResult permits LockResult.Acquired, LockResult.HeldBy {

    enum Outcome { ACQUIRED, HELD_BY }

    Outcome outcome();

    /**
     * The lock is ours.
     *
     * @param lock      the lock now stored, with our token
     * @param tookOver  the stale lock we replaced, and why it was stale; callers say so on stderr
     */
    record Acquired(Lock lock, Optional<TakenOver> tookOver) implements LockResult {
        public Acquired {
            Objects.requireNonNull(lock, "lock");
            Objects.requireNonNull(tookOver, "tookOver");
        }

        @Override
        public Outcome outcome() {
            return Outcome.ACQUIRED;
        }
    }

    /** A live holder has it (exit 7 naming {@link Lock#describe()}). */
    record HeldBy(Lock lock) implements LockResult {
        public HeldBy {
            Objects.requireNonNull(lock, "lock");
        }

        @Override
        public Outcome outcome() {
            return Outcome.HELD_BY;
        }
    }

    /** A stale lock that was replaced. */
    record TakenOver(Lock previous, Lock.Liveness why) {
        public TakenOver {
            Objects.requireNonNull(previous, "previous");
            if (!Objects.requireNonNull(why, "why").isStale()) {
                throw new IllegalArgumentException("a live lock is never taken over");
            }
        }

        /** {@code taking over the stale lock of dana (pid 42 on build-7) since …: its process is gone}. */
        public String describe() {
            return "taking over the stale lock of " + previous.describe() + ": "
                    + (why == Lock.Liveness.EXPIRED ? "it expired at " + previous.expires() : "its process is gone");
        }
    }
}
