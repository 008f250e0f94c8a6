package io.cxgate.record.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.CxgateException;
import io.cxgate.identity.Identity;
import io.cxgate.record.BlobKind;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.Holder;
import io.cxgate.record.Lock;
import io.cxgate.record.LockResult;
import io.cxgate.record.NewEntry;
import io.cxgate.record.RecordStore;
import io.cxgate.record.VerifyResult;

/**
 * The records store over one JDBC connection, SQLite or PostgreSQL. Calls are serialised on this instance;
 * writes run in one transaction each, started the dialect's way (SQLite {@code BEGIN IMMEDIATE}, PostgreSQL a row
 * lock on the chain head), so writers in other connections and processes never fork the chain.
 */
final class JdbcRecordStore implements RecordStore {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int LOCK_ATTEMPTS = 5;

    private final StoreLocation location;
    private final Connection connection;
    private final int busyMillis;
    private final StoreSecrets secrets;
    private final Clock clock;
    private final Lock.Processes processes;
    private final EntryRows entries;
    private final BlobRows blobs;
    private final LockRows locks;

    /** @param busyMillis SQLite: how long a writer waits for the file's write lock */
    JdbcRecordStore(StoreLocation location, Connection connection, int busyMillis, StoreSecrets secrets, Clock clock,
                    Lock.Processes processes) {
        this.location = location;
        this.connection = connection;
        this.busyMillis = busyMillis;
        this.secrets = secrets;
        this.clock = clock;
        this.processes = processes;
        this.entries = new EntryRows(connection, location.dialect());
        this.blobs = new BlobRows(connection, secrets.cipher());
        this.locks = new LockRows(connection, location.dialect());
    }

    @Override
    public String location() {
        return location.display();
    }

    @Override
    public boolean signs() {
        return secrets.signer().isPresent();
    }

    @Override
    public boolean encrypts() {
        return secrets.cipher().isPresent();
    }

    @Override
    public synchronized Entry append(NewEntry entry) {
        return write("append " + entry.kind(), () -> appendInTransaction(entry));
    }

    private Entry appendInTransaction(NewEntry entry) throws SQLException {
        EntryRows.Head head = entries.lockHead();
        Optional<String> missing = entries.firstMissingBlob(entry.blobs());
        if (missing.isPresent()) {
            throw new IllegalArgumentException("blob " + missing.get() + " is not in the store: put it first");
        }
        return entries.append(head, entry, now(), secrets.signer());
    }

    @Override
    public synchronized List<Entry> entries(EntryQuery query) {
        return read("read entries", () -> entries.find(query));
    }

    @Override
    public synchronized Optional<Entry> head() {
        return read("read the chain head", () -> {
            EntryRows.Head head = entries.head();
            return head.seq() == 0 ? Optional.<Entry>empty() : entries.at(head.seq());
        });
    }

    @Override
    public synchronized String putBlob(BlobKind kind, byte[] content) {
        return write("store a " + kind + " blob", () -> blobs.put(kind, content));
    }

    @Override
    public synchronized Optional<byte[]> blob(String digest) {
        Optional<BlobRows.Stored> stored = read("read blob " + digest, () -> blobs.read(digest));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (stored.get().sealed() && !encrypts()) {
            throw new CxgateException("records store " + location.display() + ": blob " + digest
                    + " is encrypted and records.encryptionKeyEnv is not set");
        }
        return Optional.of(blobs.open(stored.get()).orElseThrow(() -> new CxgateException("records store "
                + location.display() + ": blob " + digest + " does not match its digest"
                + (stored.get().sealed() ? " under the key in records.encryptionKeyEnv (altered, or another key)" : " (altered)"))));
    }

    @Override
    public synchronized LockResult tryLock(String environment, Holder holder, String bundleDigest) {
        return write("lock " + environment, () -> {
            for (int attempt = 1; attempt <= LOCK_ATTEMPTS; attempt++) {
                Instant now = now();
                Lock ours = new Lock(environment, holder, UUID.randomUUID().toString(), now, now.plus(Lock.TTL), bundleDigest);
                if (locks.insertIfAbsent(ours)) {
                    return new LockResult.Acquired(ours, Optional.empty());
                }
                Optional<Lock> current = locks.selectForUpdate(environment);
                if (current.isEmpty()) {
                    continue; // released between our insert and our read: try again
                }
                Lock.Liveness liveness = current.get().liveness(now, holder, processes);
                if (!liveness.isStale()) {
                    return new LockResult.HeldBy(current.get());
                }
                locks.replace(ours);
                return new LockResult.Acquired(ours, Optional.of(new LockResult.TakenOver(current.get(), liveness)));
            }
            throw new CxgateException("records store " + location.display() + ": the lock of " + environment
                    + " kept changing hands; try again");
        });
    }

    @Override
    public synchronized boolean renew(Lock lock) {
        return write("renew the lock of " + lock.environment(), () -> locks.renew(lock, now().plus(Lock.TTL)));
    }

    @Override
    public synchronized boolean release(Lock lock) {
        return write("release the lock of " + lock.environment(), () -> locks.delete(lock));
    }

    @Override
    public synchronized Optional<Lock> lock(String environment) {
        return read("read the lock of " + environment, () -> locks.select(environment));
    }

    @Override
    public synchronized Entry unlock(String environment, Identity identity, String reason) {
        return write("unlock " + environment, () -> {
            EntryRows.Head head = entries.lockHead();
            Optional<Lock> released = locks.selectForUpdate(environment);
            locks.deleteAny(environment);
            ObjectNode body = MAPPER.createObjectNode();
            body.put("reason", reason);
            if (released.isPresent()) {
                body.set("released", lockJson(released.get()));
            } else {
                body.putNull("released");
            }
            return entries.append(head, NewEntry.of(EntryKind.UNLOCK, environment, identity, body), now(), secrets.signer());
        });
    }

    @Override
    public synchronized VerifyResult verify(Optional<String> head) {
        return read("verify", () -> new ChainVerifier(connection, entries, secrets.signer(), blobs).verify(head));
    }

    @Override
    public synchronized void close() {
        StoreOpener.closeQuietly(connection);
    }

    /** A lock as an unlock entry records it. */
    static ObjectNode lockJson(Lock lock) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("holder", lock.holder().identity());
        node.put("host", lock.holder().host());
        node.put("pid", lock.holder().pid());
        node.put("since", EntryJson.at(lock.since()));
        node.put("expires", EntryJson.at(lock.expires()));
        node.put("bundleDigest", lock.bundleDigest());
        return node;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** One writing transaction (SQLite {@code BEGIN IMMEDIATE}, waiting up to the busy time for the file). */
    private <T> T write(String step, SqlWork<T> work) {
        return inTransaction(step, true, work);
    }

    /** Reads in one snapshot (a read transaction), so a verify never sees half of a concurrent append. */
    private <T> T read(String step, SqlWork<T> work) {
        return inTransaction(step, false, work);
    }

    private <T> T inTransaction(String step, boolean writing, SqlWork<T> work) {
        Dialect dialect = location.dialect();
        try {
            if (writing) {
                dialect.begin(connection, busyMillis);
            } else {
                dialect.beginRead(connection);
            }
            T result = work.run();
            dialect.commit(connection);
            return result;
        } catch (SQLException e) {
            dialect.rollbackQuietly(connection);
            throw StoreErrors.failure(location, step, e);
        } catch (IllegalStateException e) {
            // a row that does not read back as an entry (edited behind cxgate's back)
            dialect.rollbackQuietly(connection);
            throw new CxgateException("records store " + location.display() + ": " + e.getMessage()
                    + "; run cxgate records verify", e);
        } catch (RuntimeException e) {
            dialect.rollbackQuietly(connection);
            throw e;
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
