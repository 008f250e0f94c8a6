package io.cxgate.record.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import io.cxgate.record.Holder;
import io.cxgate.record.Lock;

/** SQL on the locks table: one row per environment. Every method runs inside the caller's transaction. */
final class LockRows {
    private static final String COLUMNS =
            "environment, holder_identity, host, pid_namespace, pid, token, since_ms, expires_ms, bundle_digest";

    private final Connection connection;
    private final Dialect dialect;

    LockRows(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** Inserts {@code lock} unless the environment has a row; true when inserted. */
    boolean insertIfAbsent(Lock lock) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO locks (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (environment) DO NOTHING")) {
            bind(insert, lock);
            return insert.executeUpdate() == 1;
        }
    }

    /** The environment's row, locked until commit. */
    Optional<Lock> selectForUpdate(String environment) throws SQLException {
        return select(environment, dialect.forUpdate());
    }

    Optional<Lock> select(String environment) throws SQLException {
        return select(environment, "");
    }

    private Optional<Lock> select(String environment, String suffix) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM locks WHERE environment = ?" + suffix)) {
            select.setString(1, environment);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Holder holder = new Holder(rows.getString(2), rows.getString(3), rows.getString(4), rows.getLong(5));
                return Optional.of(new Lock(rows.getString(1), holder, rows.getString(6),
                        Instant.ofEpochMilli(rows.getLong(7)), Instant.ofEpochMilli(rows.getLong(8)), rows.getString(9)));
            }
        }
    }

    /** Puts {@code lock} in place of whatever the environment's row holds. */
    void replace(Lock lock) throws SQLException {
        deleteAny(lock.environment());
        insertIfAbsent(lock);
    }

    /** Moves the expiry of the lock with this token; true when it was still there. */
    boolean renew(Lock lock, Instant expires) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE locks SET expires_ms = ? WHERE environment = ? AND token = ?")) {
            update.setLong(1, expires.toEpochMilli());
            update.setString(2, lock.environment());
            update.setString(3, lock.token());
            return update.executeUpdate() == 1;
        }
    }

    /** Deletes the lock with this token; true when it was still there. */
    boolean delete(Lock lock) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM locks WHERE environment = ? AND token = ?")) {
            delete.setString(1, lock.environment());
            delete.setString(2, lock.token());
            return delete.executeUpdate() == 1;
        }
    }

    /** Deletes whatever lock the environment has. */
    void deleteAny(String environment) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM locks WHERE environment = ?")) {
            delete.setString(1, environment);
            delete.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Lock lock) throws SQLException {
        statement.setString(1, lock.environment());
        statement.setString(2, lock.holder().identity());
        statement.setString(3, lock.holder().host());
        statement.setString(4, lock.holder().pidNamespace());
        statement.setLong(5, lock.holder().pid());
        statement.setString(6, lock.token());
        statement.setLong(7, lock.since().toEpochMilli());
        statement.setLong(8, lock.expires().toEpochMilli());
        statement.setString(9, lock.bundleDigest());
    }
}
