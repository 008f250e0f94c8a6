package io.cxgate.record.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;

import io.cxgate.CxgateException;
import io.cxgate.config.RecordsSettings;
import io.cxgate.files.OwnerOnlyFiles;
import io.cxgate.record.Lock;
import io.cxgate.record.RecordStore;

/**
 * Opens the store a {@link RecordsSettings} names: reads the login and keys first (a missing variable writes
 * nothing), connects, migrates the schema, and hands back a {@link JdbcRecordStore}.
 */
public final class StoreOpener {
    /** How long a busy SQLite file is waited on before giving up (ARCHITECTURE.md: 10 s). */
    static final int SQLITE_BUSY_SECONDS = 10;
    private static final int POSTGRESQL_CONNECT_SECONDS = 10;

    private StoreOpener() {
    }

    public static RecordStore open(RecordsSettings settings, Map<String, String> environment, Clock clock,
                                   Lock.Processes processes) {
        StoreLocation location = StoreLocation.of(settings.url());
        StoreSecrets secrets = StoreSecrets.resolve(settings, environment);
        String url = location.dialect() == Dialect.SQLITE ? sqliteUrl(location) : location.jdbcUrl();
        Connection connection = connect(location, url, secrets);
        try {
            SchemaMigrations.migrate(location, connection, url, secrets.user(), secrets.password());
            return new JdbcRecordStore(location, connection, StoreLocation.busyMillis(url, SQLITE_BUSY_SECONDS * 1000), secrets,
                    clock, processes);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StoreErrors.failure(location, "open", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Connection connect(StoreLocation location, String url, StoreSecrets secrets) {
        Properties properties = new Properties();
        if (location.dialect() == Dialect.POSTGRESQL) {
            secrets.user().ifPresent(user -> properties.setProperty("user", user));
            secrets.password().ifPresent(password -> properties.setProperty("password", password));
            properties.setProperty("connectTimeout", String.valueOf(POSTGRESQL_CONNECT_SECONDS));
            properties.setProperty("loginTimeout", String.valueOf(POSTGRESQL_CONNECT_SECONDS));
            properties.setProperty("ApplicationName", "cxgate");
        } else {
            location.file().ifPresent(file -> prepareSqliteFile(location, file));
        }
        try {
            Connection connection = DriverManager.getConnection(url, properties);
            if (location.dialect() == Dialect.SQLITE) {
                try (var statement = connection.createStatement()) {
                    statement.execute("PRAGMA journal_mode=WAL"); // reads the header: not a database fails here
                }
            }
            return connection;
        } catch (SQLException e) {
            throw StoreErrors.failure(location, "connect", e);
        }
    }

    /**
     * A missing file is created empty, owner-only ({@code rw-------}; SQLite gives its WAL files the same mode), with
     * its directory: the store holds state snapshots, sealed only with an encryption key. Anything already there
     * must be a regular file.
     */
    private static void prepareSqliteFile(StoreLocation location, Path file) {
        if (Files.exists(file)) {
            if (!Files.isRegularFile(file)) {
                throw new CxgateException("records store " + location.display() + " is not a file: point records.url at a file");
            }
            return;
        }
        try {
            OwnerOnlyFiles.append(file).close();
        } catch (IOException e) {
            throw new CxgateException("records store " + location.display() + ": cannot create it: " + e.getMessage(), e);
        }
    }

    /** The URL with SQLite's busy wait, unless the user gave one. */
    private static String sqliteUrl(StoreLocation location) {
        String url = location.jdbcUrl();
        if (url.contains("busy_timeout=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "busy_timeout=" + SQLITE_BUSY_SECONDS * 1000;
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            // closing after a failure: the failure is what gets reported
        }
    }
}
