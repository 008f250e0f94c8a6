package io.cxgate.record.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.NewEntry;

/** SQL on the entries table and the chain head; every method runs inside the caller's transaction. */
final class EntryRows {
    private final Connection connection;
    private final Dialect dialect;

    EntryRows(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** The chain head, locked until commit (PostgreSQL row lock; SQLite holds the file's write lock already). */
    Head lockHead() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, hash FROM chain_head WHERE chain = 1" + dialect.forUpdate());
             ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("the chain_head row is missing: the store was edited; run cxgate records verify");
            }
            return new Head(rows.getLong(1), rows.getString(2));
        }
    }

    /** The chain head as recorded (no lock). */
    Head head() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, hash FROM chain_head WHERE chain = 1");
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? new Head(rows.getLong(1), rows.getString(2)) : new Head(0, Entry.GENESIS);
        }
    }

    /**
     * Appends {@code entry} after {@code head}: id, hash and mac computed here, row inserted, head moved.
     * The caller holds the head lock.
     */
    Entry append(Head head, NewEntry entry, Instant now, Optional<EntrySigner> signer) throws SQLException {
        long seq = head.seq() + 1;
        ObjectNode body = entry.body();
        if (!entry.blobs().isEmpty()) {
            ObjectNode blobs = body.putObject(Entry.BLOBS);
            entry.blobs().forEach(blobs::put);
        }
        Entry unsigned = new Entry(seq, id(entry, seq), entry.kind(), entry.environment(), now.truncatedTo(ChronoUnit.MILLIS),
                entry.identity().name(), entry.identity().source(), body, head.hash(), Entry.GENESIS, Optional.empty());
        String hash = unsigned.computedHash();
        Entry stored = new Entry(seq, unsigned.id(), unsigned.kind(), unsigned.environment(), unsigned.at(),
                unsigned.identity(), unsigned.identitySource(), body, head.hash(), hash, signer.map(s -> s.mac(hash)));
        insert(stored);
        try (PreparedStatement update = connection.prepareStatement("UPDATE chain_head SET seq = ?, hash = ? WHERE chain = 1")) {
            update.setLong(1, seq);
            update.setString(2, hash);
            update.executeUpdate();
        }
        return stored;
    }

    private String id(NewEntry entry, long seq) throws SQLException {
        switch (entry.kind()) {
            case APPLY_STARTED:
                long started = count("SELECT COUNT(*) FROM entries WHERE environment = ? AND kind = ?",
                        entry.environment(), EntryKind.APPLY_STARTED.id());
                return String.format("%s-%04d", entry.environment(), started + 1);
            case APPLY_FINISHED:
                String id = entry.deploymentId().orElseThrow();
                if (count("SELECT COUNT(*) FROM entries WHERE id = ? AND environment = ? AND kind = ?", id,
                        entry.environment(), EntryKind.APPLY_STARTED.id()) != 1) {
                    throw new IllegalArgumentException("no apply-started " + id + " in environment " + entry.environment());
                }
                if (count("SELECT COUNT(*) FROM entries WHERE id = ? AND kind = ?", id, EntryKind.APPLY_FINISHED.id()) != 0) {
                    throw new IllegalArgumentException("deployment " + id + " has already finished");
                }
                return id;
            default:
                return entry.kind().id() + "-" + seq;
        }
    }

    private void insert(Entry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO entries (" + StoredRow.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.seq());
            insert.setString(2, entry.id());
            insert.setString(3, entry.kind().id());
            insert.setString(4, entry.environment());
            insert.setString(5, EntryJson.at(entry.at()));
            insert.setString(6, entry.identity());
            insert.setString(7, entry.identitySource());
            insert.setString(8, EntryJson.canonicalBody(entry.body()));
            insert.setString(9, entry.prevHash());
            insert.setString(10, entry.hash());
            insert.setString(11, entry.mac().orElse(null));
            insert.executeUpdate();
        }
    }

    /** Entries matching {@code query}, in chain order. */
    List<Entry> find(EntryQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + StoredRow.COLUMNS + " FROM entries WHERE 1 = 1");
        List<String> parameters = new ArrayList<>();
        query.environment().ifPresent(env -> add(sql, parameters, "environment", env));
        query.kind().ifPresent(kind -> add(sql, parameters, "kind", kind.id()));
        query.id().ifPresent(id -> add(sql, parameters, "id", id));
        sql.append(" ORDER BY seq");
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(StoredRow.read(rows).toEntry());
                }
            }
        }
        return entries;
    }

    /** The entry at {@code seq}, if any. */
    Optional<Entry> at(long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + StoredRow.COLUMNS + " FROM entries WHERE seq = ?")) {
            select.setLong(1, seq);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(StoredRow.read(rows).toEntry()) : Optional.empty();
            }
        }
    }

    /** Whether every digest is a stored blob. */
    Optional<String> firstMissingBlob(Map<String, String> blobs) throws SQLException {
        for (Map.Entry<String, String> blob : blobs.entrySet()) {
            if (count("SELECT COUNT(*) FROM blobs WHERE digest = ?", blob.getValue()) == 0) {
                return Optional.of(blob.getKey() + " " + blob.getValue());
            }
        }
        return Optional.empty();
    }

    private static void add(StringBuilder sql, List<String> parameters, String column, String value) {
        sql.append(" AND ").append(column).append(" = ?");
        parameters.add(value);
    }

    private long count(String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The chain head row: the newest seq and its hash (0 and 64 zeros for an empty chain). */
    record Head(long seq, String hash) {
    }
}
