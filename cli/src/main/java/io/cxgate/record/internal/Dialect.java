package io.cxgate.record.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** What differs between SQLite and PostgreSQL: how a writing transaction starts, row locks, the bytes type. */
enum Dialect {
    /** One file; a writing transaction is {@code BEGIN IMMEDIATE}, which takes the file's write lock up front. */
    SQLITE("BLOB", ""),
    /** A server; appends lock the chain-head row ({@code FOR UPDATE}); seq is unique as the primary key. */
    POSTGRESQL("BYTEA", " FOR UPDATE");

    private final String bytesType;
    private final String forUpdate;

    Dialect(String bytesType, String forUpdate) {
        this.bytesType = bytesType;
        this.forUpdate = forUpdate;
    }

    /** The column type of blob contents (the migrations' {@code ${bytes}} placeholder). */
    String bytesType() {
        return bytesType;
    }

    /** Appended to a SELECT that must lock the rows it reads until commit (nothing in SQLite: the file is locked). */
    String forUpdate() {
        return forUpdate;
    }

    /** Starts a writing transaction; the connection is in auto-commit mode between transactions. */
    void begin(Connection connection) throws SQLException {
        if (this == SQLITE) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
            }
        } else {
            connection.setAutoCommit(false);
        }
    }

    /** Starts a reading transaction: one consistent snapshot for several statements. */
    void beginRead(Connection connection) throws SQLException {
        if (this == SQLITE) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN DEFERRED");
            }
        } else {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
    }

    void commit(Connection connection) throws SQLException {
        if (this == SQLITE) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("COMMIT");
            }
        } else {
            connection.commit();
            connection.setAutoCommit(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    /** Rolls back whatever is open; never throws (the original failure is what matters). */
    void rollbackQuietly(Connection connection) {
        try {
            if (this == SQLITE) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ROLLBACK"); // fails harmlessly when BEGIN itself failed
                }
            } else {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            // no transaction open, or the connection is broken; the caller reports the first failure
        }
    }
}
