package io.cxgate.record.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import io.cxgate.CxgateException;
import io.cxgate.Version;

/**
 * The store's schema, versioned with Flyway: one migration set ({@code io/cxgate/record/migrations}) for SQLite
 * and PostgreSQL, the bytes column type a placeholder. A store whose schema is newer than this cxgate knows is
 * refused, naming both versions; a current store is opened without starting Flyway.
 */
final class SchemaMigrations {
    /** The highest {@code V<n>__*.sql} in the migrations folder (SchemaMigrationsTest keeps them in step). */
    static final int LATEST = 1;
    static final String LOCATION = "classpath:io/cxgate/record/migrations";
    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final int ATTEMPTS = 3;

    private SchemaMigrations() {
    }

    /**
     * Brings the schema to {@link #LATEST}.
     *
     * @param flywayUrl the JDBC URL Flyway connects with (its own connection)
     */
    static void migrate(StoreLocation location, Connection connection, String flywayUrl, Optional<String> user,
                        Optional<String> password) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            int installed = installedVersion(connection);
            if (installed > LATEST) {
                throw new CxgateException("records store " + location.display() + " has schema version " + installed
                        + ", newer than the version " + LATEST + " this cxgate " + Version.get()
                        + " knows: upgrade cxgate (the store was written by a newer one)");
            }
            if (installed == LATEST) {
                return;
            }
            try {
                flyway(location, flywayUrl, user, password).migrate();
            } catch (FlywayException e) {
                // another process may have migrated at the same moment (SQLite has no migration lock): look again
                if (attempt >= ATTEMPTS) {
                    if (e.getCause() instanceof SQLException sql) {
                        throw StoreErrors.failure(location, "schema migration", sql);
                    }
                    throw new CxgateException("records store " + location.display() + ": schema migration failed: "
                            + StoreErrors.rootMessage(e), e);
                }
                sleepQuietly(200L * attempt);
            }
        }
    }

    private static Flyway flyway(StoreLocation location, String url, Optional<String> user, Optional<String> password) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(url, user.orElse(null), password.orElse(null))
                .locations(LOCATION)
                .placeholders(Map.of("bytes", location.dialect().bytesType()))
                .table(HISTORY_TABLE)
                .loggers("slf4j")
                .cleanDisabled(true)
                .validateOnMigrate(true)
                .connectRetries(0)
                .load();
    }

    /** The highest successful migration recorded, 0 for a store without a schema yet. */
    static int installedVersion(Connection connection) throws SQLException {
        if (!hasHistory(connection)) {
            return 0;
        }
        int version = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, success FROM " + HISTORY_TABLE)) {
            while (rows.next()) {
                String text = rows.getString(1);
                if (text != null && rows.getBoolean(2)) {
                    version = Math.max(version, major(text));
                }
            }
        }
        return version;
    }

    private static boolean hasHistory(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        try (ResultSet tables = meta.getTables(null, schema, HISTORY_TABLE, null)) {
            return tables.next();
        }
    }

    private static int major(String version) {
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CxgateException("interrupted while opening the records store", e);
        }
    }
}
