package io.cxgate.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where deployment records live: a JDBC URL, {@code jdbc:sqlite:…} (the default) or {@code jdbc:postgresql:…}.
 * A relative SQLite path is already resolved against the config file's directory.
 */
public record RecordsSettings(String url) {
    public static final String SQLITE_PREFIX = "jdbc:sqlite:";
    public static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    public RecordsSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith(SQLITE_PREFIX) && !url.startsWith(POSTGRESQL_PREFIX)) {
            throw new IllegalArgumentException("records url must start with jdbc:sqlite: or jdbc:postgresql:, not '"
                    + url + "'");
        }
    }

    /** The default store: {@code jdbc:sqlite:<baseDir>/.cxgate/records.db}. */
    public static RecordsSettings defaultFor(Path baseDir) {
        return new RecordsSettings(SQLITE_PREFIX + baseDir.resolve(".cxgate").resolve("records.db").normalize());
    }

    public boolean isSqlite() {
        return url.startsWith(SQLITE_PREFIX);
    }
}
