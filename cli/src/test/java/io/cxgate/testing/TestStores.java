package io.cxgate.testing;

import java.nio.file.Path;
import java.util.Map;

import io.cxgate.record.PostgresServer;

/**
 * The two records stores every store-dependent test runs against: a SQLite file in the test's directory, and a
 * database of its own on the one real PostgreSQL server of the test JVM ({@link PostgresServer}, embedded, no Docker),
 * with the login passed through {@code records.userEnv} / {@code passwordEnv} as teams configure it.
 */
public enum TestStores {
    SQLITE,
    POSTGRESQL;

    /** The login variables a PostgreSQL config names; {@link #environment()} sets them. */
    public static final String USER_ENV = "CXGATE_TEST_PG_USER";
    public static final String PASSWORD_ENV = "CXGATE_TEST_PG_PASSWORD";


    /** A {@code records:} line for {@code cxgate.yaml}: a new, empty store. */
    public String recordsYaml(Path dir) {
        return switch (this) {
            case SQLITE -> "records: {url: \"jdbc:sqlite:" + dir.resolve("records.db") + "\"}\n";
            case POSTGRESQL -> {
                String url = PostgresServer.createDatabase("gate");
                yield "records: {url: \"" + url.substring(0, url.indexOf('?')) + "\", userEnv: " + USER_ENV
                        + ", passwordEnv: " + PASSWORD_ENV + "}\n";
            }
        };
    }

    /** The variables the config's records login names. */
    public static Map<String, String> environment() {
        return Map.of(USER_ENV, "postgres", PASSWORD_ENV, "postgres");
    }
}
