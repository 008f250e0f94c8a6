package io.cxgate.record.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cxgate.InvalidInputException;
import io.cxgate.config.RecordsSettings;

/**
 * Where a records URL points, and how messages name it (never a login).
 *
 * @param dialect  SQLite or PostgreSQL
 * @param jdbcUrl  the URL to connect to
 * @param file     SQLite: the database file; empty for in-memory and PostgreSQL
 * @param hostPort PostgreSQL: {@code host:port}
 * @param display  {@code .cxgate/records.db} or {@code postgresql://db.example:5432/cxgate}
 */
record StoreLocation(Dialect dialect, String jdbcUrl, Optional<Path> file, String hostPort, String display) {
    private static final Pattern BUSY_TIMEOUT = Pattern.compile("[?&]busy_timeout=(\\d+)");

    /** SQLite: how long a busy file is waited on, from the URL's {@code busy_timeout} (milliseconds). */
    static int busyMillis(String url, int fallback) {
        Matcher m = BUSY_TIMEOUT.matcher(url);
        return m.find() ? Integer.parseInt(m.group(1)) : fallback;
    }

    static StoreLocation of(String url) {
        if (url.startsWith(RecordsSettings.SQLITE_PREFIX)) {
            return sqlite(url);
        }
        if (url.startsWith(RecordsSettings.POSTGRESQL_PREFIX)) {
            return postgresql(url);
        }
        String scheme = url.contains(":") ? url.substring(0, url.indexOf(':', url.indexOf(':') + 1) + 1) : url;
        throw new InvalidInputException("records.url: unknown scheme '" + scheme
                + "': use jdbc:sqlite:PATH or jdbc:postgresql://HOST[:PORT]/DB");
    }

    private static StoreLocation sqlite(String url) {
        String rest = url.substring(RecordsSettings.SQLITE_PREFIX.length());
        int query = rest.indexOf('?');
        String name = query < 0 ? rest : rest.substring(0, query);
        if (name.isEmpty() || name.startsWith(":") || name.startsWith("file:")) {
            return new StoreLocation(Dialect.SQLITE, url, Optional.empty(), "", url);
        }
        try {
            Path file = Path.of(name);
            return new StoreLocation(Dialect.SQLITE, url, Optional.of(file), "", name);
        } catch (InvalidPathException e) {
            throw new InvalidInputException("records.url: '" + name + "' is not a file path: " + e.getReason());
        }
    }

    private static StoreLocation postgresql(String url) {
        Properties parsed = org.postgresql.Driver.parseURL(url, new Properties());
        if (parsed == null) {
            throw new InvalidInputException("records.url: not a PostgreSQL URL (jdbc:postgresql://HOST[:PORT]/DB)");
        }
        String host = parsed.getProperty("PGHOST", "localhost");
        String port = parsed.getProperty("PGPORT", "5432");
        String hostPort = host.contains(",") ? host + " (ports " + port + ")" : host + ":" + port;
        String display = "postgresql://" + hostPort + "/" + parsed.getProperty("PGDBNAME", "");
        return new StoreLocation(Dialect.POSTGRESQL, url, Optional.empty(), hostPort, display);
    }
}
