package io.cxgate.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where deployment records live: a JDBC URL, {@code jdbc:sqlite:…} (the default) or {@code jdbc:postgresql:…},
 * and the names of the environment variables holding the store's login and keys (never the values).
 * A relative SQLite path is already resolved against the config file's directory.
 *
 * @param userEnv          PostgreSQL: the variable holding the user name
 * @param passwordEnv      PostgreSQL: the variable holding the password
 * @param signingKeyEnv    the variable holding the HMAC key entries are signed with
 * @param encryptionKeyEnv the variable holding the key secret-bearing blobs are encrypted with
 */
public record RecordsSettings(String url, Optional<String> userEnv, Optional<String> passwordEnv,
                              Optional<String> signingKeyEnv, Optional<String> encryptionKeyEnv) {
    public static final String SQLITE_PREFIX = "jdbc:sqlite:";
    public static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    public RecordsSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith(SQLITE_PREFIX) && !url.startsWith(POSTGRESQL_PREFIX)) {
            throw new IllegalArgumentException("records url must start with jdbc:sqlite: or jdbc:postgresql:, not '"
                    + url + "'");
        }
        Objects.requireNonNull(userEnv, "userEnv");
        Objects.requireNonNull(passwordEnv, "passwordEnv");
        Objects.requireNonNull(signingKeyEnv, "signingKeyEnv");
        Objects.requireNonNull(encryptionKeyEnv, "encryptionKeyEnv");
    }

    /** A store with no login variables and no keys. */
    public RecordsSettings(String url) {
        this(url, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The default store: {@code jdbc:sqlite:<baseDir>/.cxgate/records.db}. */
    public static RecordsSettings defaultFor(Path baseDir) {
        return new RecordsSettings(SQLITE_PREFIX + baseDir.resolve(".cxgate").resolve("records.db").normalize());
    }

    /**
     * The store a command uses: the config's {@code records} settings, else the default SQLite file under
     * {@code workingDir} (without a config, relative to the current directory).
     */
    public static RecordsSettings of(Optional<CxgateConfig> config, Path workingDir) {
        return config.map(CxgateConfig::records).orElseGet(() -> defaultFor(workingDir.toAbsolutePath().normalize()));
    }

    public boolean isSqlite() {
        return url.startsWith(SQLITE_PREFIX);
    }

    /** The same settings with entries signed with the key in {@code variable}. */
    public RecordsSettings withSigningKeyEnv(String variable) {
        return new RecordsSettings(url, userEnv, passwordEnv, Optional.of(variable), encryptionKeyEnv);
    }

    /** The same settings with secret-bearing blobs encrypted with the key in {@code variable}. */
    public RecordsSettings withEncryptionKeyEnv(String variable) {
        return new RecordsSettings(url, userEnv, passwordEnv, signingKeyEnv, Optional.of(variable));
    }

    /** The same settings with the PostgreSQL login in these variables. */
    public RecordsSettings withLoginEnv(String userVariable, String passwordVariable) {
        return new RecordsSettings(url, Optional.of(userVariable), Optional.of(passwordVariable), signingKeyEnv,
                encryptionKeyEnv);
    }
}
