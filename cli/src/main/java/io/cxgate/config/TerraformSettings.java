package io.cxgate.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run terraform.
 *
 * @param binary         {@code terraform}, {@code tofu} (looked up on PATH) or a path to the binary; a relative
 *                       path (one with a separator) is already resolved against the config file's directory
 * @param dir            the root module directory, absolute and normalized
 * @param timeoutMinutes how long one terraform command may run, at least 1
 * @param lockTimeout    terraform's {@code -lock-timeout}, e.g. {@code 5m}
 */
public record TerraformSettings(String binary, Path dir, int timeoutMinutes, String lockTimeout) {
    public static final String DEFAULT_BINARY = "terraform";
    public static final int DEFAULT_TIMEOUT_MINUTES = 30;
    public static final String DEFAULT_LOCK_TIMEOUT = "5m";

    public TerraformSettings {
        Objects.requireNonNull(binary, "binary");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (binary.isBlank()) {
            throw new IllegalArgumentException("terraform binary must not be blank");
        }
        if (timeoutMinutes < 1) {
            throw new IllegalArgumentException("timeoutMinutes must be at least 1, not " + timeoutMinutes);
        }
    }

    /** The settings used when {@code cxgate.yaml} has no {@code terraform} key: terraform in {@code baseDir}, 30 minutes, 5m. */
    public static TerraformSettings defaults(Path baseDir) {
        return new TerraformSettings(DEFAULT_BINARY, baseDir, DEFAULT_TIMEOUT_MINUTES, DEFAULT_LOCK_TIMEOUT);
    }
}
