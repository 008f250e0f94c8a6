package io.cxgate.record;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cxgate.config.RecordsSettings;
import io.cxgate.identity.Identity;
import io.cxgate.record.internal.StoreOpener;

/**
 * The records store (ARCHITECTURE.md, "Records store"): one append-only hash chain of entries, blobs addressed by
 * SHA-256, and one lock row per environment, in SQLite ({@code jdbc:sqlite:PATH}) or PostgreSQL
 * ({@code jdbc:postgresql://HOST[:PORT]/DB}). Both behave the same; both pass the same tests.
 *
 * <p>Failures are exceptions with one clear line that names the store ({@link #location()}), never a secret:
 * {@link io.cxgate.InvalidInputException} (exit 2) for what the user must fix in the config or environment (an
 * unset login, signing or encryption key variable), {@link io.cxgate.CxgateException} (exit 1) for the rest
 * (unreachable server, busy SQLite file after 10 s, not a database, a schema newer than this cxgate). Refusals
 * (a held lock) are values.
 *
 * <p>An instance holds one connection and is safe for use from several threads (calls are serialised); separate
 * instances, in one process or many, are serialised by the database. Close it when done.
 */
public interface RecordStore extends AutoCloseable {

    /**
     * Opens the store the config names, creating it (SQLite file and parent directory) and migrating its schema on
     * first use.
     *
     * @param environment where the variables {@code records.userEnv}, {@code passwordEnv}, {@code signingKeyEnv}
     *                    and {@code encryptionKeyEnv} name are looked up
     */
    static RecordStore open(RecordsSettings settings, Map<String, String> environment) {
        return open(settings, environment, Clock.systemUTC(), Lock.Processes.local());
    }

    /** As {@link #open(RecordsSettings, Map)}, with the clock that stamps entries and locks and the process table. */
    static RecordStore open(RecordsSettings settings, Map<String, String> environment, Clock clock,
                            Lock.Processes processes) {
        return StoreOpener.open(settings, environment, clock, processes);
    }

    /** How messages name the store: the SQLite file's path, or {@code postgresql://host:port/db} (no login). */
    String location();

    /** Whether entries carry a MAC ({@code records.signingKeyEnv} set). */
    boolean signs();

    /** Whether secret-bearing blobs are encrypted at rest ({@code records.encryptionKeyEnv} set). */
    boolean encrypts();

    // ---- entries ----

    /**
     * Appends one entry at the head of the chain, serialised against every other writer: assigns {@code seq}
     * (head + 1), {@code id} ({@code <env>-<NNNN>} for apply-started, the started entry's id for apply-finished,
     * {@code <kind>-<seq>} otherwise), {@code at} (the store's clock), {@code prevHash}, {@code hash} and, when
     * signing, {@code mac}.
     *
     * @return the entry as stored; callers print {@link Entry#headRef()} on stderr
     * @throws IllegalArgumentException when a referenced blob is not in the store, or an apply-finished names no
     *                                  apply-started of its environment or one that already finished
     */
    Entry append(NewEntry entry);

    /** Entries matching {@code query}, in chain order. */
    List<Entry> entries(EntryQuery query);

    /** The newest entry, empty for an empty store. */
    Optional<Entry> head();

    // ---- blobs ----

    /**
     * Stores {@code content} under the SHA-256 of its bytes (idempotent: the same content is stored once),
     * encrypted with AES-256-GCM when {@code kind} is secret-bearing and the store has an encryption key.
     *
     * @return {@code sha256:<hex>} of {@code content}, the reference entries carry
     */
    String putBlob(BlobKind kind, byte[] content);

    /**
     * The plaintext of a blob, decrypted when needed and checked against its digest.
     *
     * @throws io.cxgate.CxgateException when it is encrypted and the store has no key or a different one, or its
     *                                   content does not match its digest
     */
    Optional<byte[]> blob(String digest);

    // ---- locks ----

    /**
     * Takes the environment's lock for {@code holder} unless a live holder has it; a stale lock (expired, or its
     * holder's process gone on this host and PID namespace) is taken over and reported in the result.
     * The lock expires at now + {@link Lock#TTL} unless renewed.
     */
    LockResult tryLock(String environment, Holder holder, String bundleDigest);

    /**
     * Moves {@code expires} to now + {@link Lock#TTL}.
     *
     * @return false when the lock is no longer ours (released by {@code unlock} or taken over as stale)
     */
    boolean renew(Lock lock);

    /**
     * Releases the lock if it is still ours.
     *
     * @return false when it was no longer ours
     */
    boolean release(Lock lock);

    /** The environment's lock as stored, live or stale; empty when none. */
    Optional<Lock> lock(String environment);

    /**
     * Releases whatever lock the environment has, live or stale, and appends an {@code unlock} entry (reason and
     * the released lock, or {@code null}) in the same transaction: an unlock is always audited.
     */
    Entry unlock(String environment, Identity identity, String reason);

    // ---- integrity ----

    /**
     * Walks the chain from seq 1: every entry's hash against its columns, every link, every MAC (when signing),
     * every blob an entry refers to (present and, where it can be read, matching its digest).
     *
     * @param head {@code sha256:<hex>} (or bare hex) that must still be in the chain, when given
     */
    VerifyResult verify(Optional<String> head);

    /** Closes the connection; no failure escapes. */
    @Override
    void close();
}
