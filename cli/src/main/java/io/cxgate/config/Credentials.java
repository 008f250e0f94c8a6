package io.cxgate.config;

import java.util.Objects;

/**
 * Where an environment's OAuth client credentials come from: the <em>names</em> of two environment
 * variables. The secrets themselves never live in {@code cxgate.yaml}.
 */
public record Credentials(String clientIdEnv, String clientSecretEnv) {
    public Credentials {
        requireName(clientIdEnv, "clientIdEnv");
        requireName(clientSecretEnv, "clientSecretEnv");
    }

    private static void requireName(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must name an environment variable, not be blank");
        }
    }
}
