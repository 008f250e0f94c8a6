package io.cxgate.record.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

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

    /**
     * Starts a writing transaction; the connection is in auto-commit mode between transactions.
     *
     * <p>SQLite: {@code BEGIN IMMEDIATE}, retried every few milliseconds (random) until {@code busyMillis} has
     * passed. SQLite's own busy handler backs off to 100 ms sleeps, so a writer among busy writers can miss every
     * free moment for the whole wait (measured: starved for 10 s with 4 writers); short random polls are fair enough.
     */
    void begin(Connection connection, int busyMillis) throws SQLException {
        if (this != SQLITE) {
            connection.setAutoCommit(false);
            return;
        }
        long deadline = System.nanoTime() + busyMillis * 1_000_000L;
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 0");
            try {
                while (true) {
                    try {
                        statement.execute("BEGIN IMMEDIATE");
                        return;
                    } catch (SQLException e) {
                        if (!isBusy(e) || System.nanoTime() > deadline) {
                            throw e;
                        }
                        pause();
                    }
                }
            } finally {
                statement.execute("PRAGMA busy_timeout = " + busyMillis);
            }
        }
    }

    private static boolean isBusy(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the records store", e);
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
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"); // this transaction only
            }
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
