package io.cxgate.planning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.bundle.Bundle;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.TerraformSettings;

/**
 * What {@code cxgate rollback} plans instead of the checkout: an archived configuration, run through the same
 * terraform sequence and check as {@code cxgate plan}, with the environment's own data directory and credentials.
 *
 * @param terraform   the settings with {@code dir} at the unpacked root module
 * @param environment the environment with its var files and backend config at the archived copies
 * @param gitCommit   the commit of the restored deployment (not today's)
 * @param rollback    what {@code bundle.json} says the bundle undoes
 * @param notes       redacted sentences for the report's warnings: what the rollback undoes, objects edited since
 */
public record RollbackSource(TerraformSettings terraform, EnvironmentConfig environment, Optional<String> gitCommit,
                             Bundle.Rollback rollback, List<String> notes) {
    public RollbackSource {
        Objects.requireNonNull(terraform, "terraform");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(gitCommit, "gitCommit");
        Objects.requireNonNull(rollback, "rollback");
        notes = List.copyOf(notes);
    }
}
