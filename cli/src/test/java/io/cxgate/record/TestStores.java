package io.cxgate.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.cxgate.config.RecordsSettings;

/**
 * Fresh, empty stores of both backends for a test class: SQLite files in a temporary directory; on the shared
 * PostgreSQL server, one database per test class and one schema per store in it. Register as a static
 * {@code @RegisterExtension}; everything is dropped after the class.
 */
public final class TestStores implements BeforeAllCallback, AfterAllCallback {
    private static final AtomicInteger STORES = new AtomicInteger();
    private final Path dir;
    private String databaseUrl;
    private String hint = "records";

    public TestStores() {
        try {
            dir = Files.createTempDirectory("cxgate-records-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings for a new, empty store of {@code backend}. */
    public synchronized RecordsSettings fresh(Backend backend) {
        int n = STORES.incrementAndGet();
        if (backend == Backend.SQLITE) {
            return new RecordsSettings(RecordsSettings.SQLITE_PREFIX + dir.resolve("store-" + n).resolve("records.db"));
        }
        if (databaseUrl == null) {
            databaseUrl = PostgresServer.createDatabase(hint);
        }
        String schema = "store_" + n;
        try (Connection connection = DriverManager.getConnection(databaseUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new RecordsSettings(databaseUrl + "&currentSchema=" + schema);
    }

    /** A new, empty store of {@code backend}, opened with no keys. */
    public RecordStore open(Backend backend) {
        return RecordStore.open(fresh(backend), Map.of());
    }

    /** Opens {@code settings} with these variables and clock. */
    public static RecordStore open(RecordsSettings settings, Map<String, String> environment, Clock clock,
                                   Lock.Processes processes) {
        return RecordStore.open(settings, environment, clock, processes);
    }

    /** A plain JDBC connection to the store, for tests that tamper with it behind cxgate's back. */
    public static Connection connect(RecordsSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url());
    }

    /** Runs SQL statements against the store directly. */
    public static void tamper(RecordsSettings settings, String... statements) {
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(String.join("; ", statements) + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        hint = context.getRequiredTestClass().getSimpleName();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (databaseUrl != null) {
            PostgresServer.dropDatabase(databaseUrl);
            databaseUrl = null;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory
        }
    }
}
