package io.cxgate.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.genesys.api.FakeClock;
import io.cxgate.identity.Identity;

/** Environment locks: one holder, renewal, staleness by expiry or by a dead process on this host. */
class LockTest {
    @RegisterExtension
    static final TestStores STORES = new TestStores();

    private static final String BUNDLE = "sha256:" + "b".repeat(64);
    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
    private static final Holder HERE = Holder.current("dana");

    private final FakeClock clock = new FakeClock(T0);
    /** Processes on "this host": only pid 4242 runs, since before T0. */
    private final Lock.Processes processes = (pid, since) -> pid == 4242;

    private RecordStore open(Backend backend) {
        return RecordStore.open(STORES.fresh(backend), Map.of(), clock, processes);
    }

    private static Holder local(String identity, long pid) {
        return new Holder(identity, HERE.host(), HERE.pidNamespace(), pid);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFreeEnvironmentIsLockedWithTheHoldersFactsAndATwoMinuteExpiry(Backend backend) {
        try (RecordStore store = open(backend)) {
            LockResult.Acquired acquired = assertInstanceOf(LockResult.Acquired.class,
                    store.tryLock("prod", local("dana", 4242), BUNDLE));
            Lock lock = acquired.lock();

            assertEquals(Optional.empty(), acquired.tookOver());
            assertEquals(T0, lock.since());
            assertEquals(T0.plus(Duration.ofMinutes(2)), lock.expires());
            assertEquals(Optional.of(lock), store.lock("prod"));
            assertEquals(BUNDLE, store.lock("prod").orElseThrow().bundleDigest());
            assertEquals(Optional.empty(), store.lock("uat"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aLiveHolderKeepsTheLockAndIsNamed(Backend backend) {
        try (RecordStore store = open(backend)) {
            store.tryLock("prod", local("dana", 4242), BUNDLE);
            clock.advance(Duration.ofSeconds(119));
            LockResult.HeldBy held = assertInstanceOf(LockResult.HeldBy.class,
                    store.tryLock("prod", local("erin", 4343), BUNDLE));

            assertEquals("dana", held.lock().holder().identity());
            assertTrue(held.lock().describe().startsWith("dana (pid 4242 on " + HERE.host() + ") since 2026-11-26T09:00:00Z"),
                    held.lock().describe());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anExpiredLockIsTakenOverAndTheTakeOverSaysWhy(Backend backend) {
        try (RecordStore store = open(backend)) {
            Lock first = ((LockResult.Acquired) store.tryLock("prod", local("dana", 4242), BUNDLE)).lock();
            clock.advance(Duration.ofMinutes(2));
            LockResult.Acquired second = assertInstanceOf(LockResult.Acquired.class,
                    store.tryLock("prod", local("erin", 4343), BUNDLE));

            assertEquals(Lock.Liveness.EXPIRED, second.tookOver().orElseThrow().why());
            assertEquals(first, second.tookOver().orElseThrow().previous());
            assertTrue(second.tookOver().get().describe().contains("it expired at 2026-11-26T09:02:00Z"));
            assertFalse(store.renew(first), "the old holder's renewal finds its lock gone");
            assertFalse(store.release(first), "and cannot release its successor's");
            assertEquals("erin", store.lock("prod").orElseThrow().holder().identity());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aLockWhoseProcessIsGoneOnThisHostIsStaleBeforeItExpires(Backend backend) {
        try (RecordStore store = open(backend)) {
            store.tryLock("prod", local("dana", 999_999), BUNDLE);
            LockResult.Acquired taken = assertInstanceOf(LockResult.Acquired.class,
                    store.tryLock("prod", local("erin", 4242), BUNDLE));
            assertEquals(Lock.Liveness.HOLDER_GONE, taken.tookOver().orElseThrow().why());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aHolderOnAnotherHostOrPidNamespaceIsJudgedByExpiryAlone(Backend backend) {
        try (RecordStore store = open(backend)) {
            store.tryLock("prod", new Holder("dana", "build-7", HERE.pidNamespace(), 999_999), BUNDLE);
            store.tryLock("uat", new Holder("dana", HERE.host(), "pid:[1]", 999_999), BUNDLE);
            assertInstanceOf(LockResult.HeldBy.class, store.tryLock("prod", local("erin", 4242), BUNDLE));
            assertInstanceOf(LockResult.HeldBy.class, store.tryLock("uat", local("erin", 4242), BUNDLE));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void renewalMovesTheExpiryTwoMinutesPastNow(Backend backend) {
        try (RecordStore store = open(backend)) {
            Lock lock = ((LockResult.Acquired) store.tryLock("prod", local("dana", 4242), BUNDLE)).lock();
            clock.advance(Duration.ofSeconds(90));
            assertTrue(store.renew(lock));
            clock.advance(Duration.ofSeconds(90));

            assertEquals(T0.plusSeconds(90 + 120), store.lock("prod").orElseThrow().expires());
            assertInstanceOf(LockResult.HeldBy.class, store.tryLock("prod", local("erin", 4343), BUNDLE));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void releaseFreesTheEnvironment(Backend backend) {
        try (RecordStore store = open(backend)) {
            Lock lock = ((LockResult.Acquired) store.tryLock("prod", local("dana", 4242), BUNDLE)).lock();
            assertTrue(store.release(lock));
            assertEquals(Optional.empty(), store.lock("prod"));
            assertInstanceOf(LockResult.Acquired.class, store.tryLock("prod", local("erin", 4343), BUNDLE));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void unlockReleasesALiveLockAndRecordsWhoWhyAndWhatWasReleased(Backend backend) {
        try (RecordStore store = open(backend)) {
            store.tryLock("prod", local("dana", 4242), BUNDLE);
            Entry entry = store.unlock("prod", new Identity("erin", "--by"), "apply runner died");

            assertEquals(Optional.empty(), store.lock("prod"));
            assertEquals(EntryKind.UNLOCK, entry.kind());
            assertEquals("unlock-1", entry.id());
            assertEquals("erin", entry.identity());
            assertEquals("apply runner died", entry.bodyText("reason").orElseThrow());
            assertEquals("dana", entry.body().path("released").path("holder").asText());
            assertEquals(4242, entry.body().path("released").path("pid").asLong());
            assertEquals(BUNDLE, entry.body().path("released").path("bundleDigest").asText());

            Entry nothing = store.unlock("prod", new Identity("erin", "--by"), "again");
            assertTrue(nothing.body().get("released").isNull());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRenewalThreadKeepsTheLockAndNoticesWhenItIsGone(Backend backend) throws Exception {
        try (RecordStore store = open(backend)) {
            Lock lock = ((LockResult.Acquired) store.tryLock("prod", local("dana", 4242), BUNDLE)).lock();
            try (LockRenewal renewal = LockRenewal.start(store, lock, Duration.ofMillis(50))) {
                clock.advance(Duration.ofSeconds(100));
                waitFor(() -> store.lock("prod").orElseThrow().expires().equals(T0.plusSeconds(220)));
                store.unlock("prod", new Identity("erin", "--by"), "break glass");
                waitFor(renewal::lost);
                assertFalse(renewal.release());
            }
        }
    }

    @Test
    void theLocalProcessTableKnowsThisProcessAndNotADeadOne() {
        Lock.Processes local = Lock.Processes.local();
        assertTrue(local.isRunningSince(ProcessHandle.current().pid(), Instant.now()));
        assertFalse(local.isRunningSince(ProcessHandle.current().pid(), Instant.EPOCH), "a pid reused after the lock was taken");
        assertFalse(local.isRunningSince(Integer.MAX_VALUE - 7, Instant.now()));
    }

    @Test
    void theCurrentHolderNamesThisHostAndPidNamespace() {
        assertEquals(ProcessHandle.current().pid(), HERE.pid());
        assertTrue(HERE.pidNamespace().startsWith("pid:["), HERE.pidNamespace());
        assertTrue(HERE.sharesProcessTableWith(local("x", 1)));
        assertFalse(HERE.sharesProcessTableWith(new Holder("x", HERE.host(), "", 1)));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
