package io.cxgate.rollback;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code cxgate rollback --deployment ID [--out DIR]}.
 *
 * @param deployment the deployment to roll back, e.g. {@code prod-0007}
 * @param workingDir where {@code ./cxgate.yaml} is looked for and the default bundle directory is made
 * @param out        the bundle directory ({@code --out}); it must not exist yet
 */
public record RollbackRequest(String deployment, Optional<Path> configFile, Path workingDir, Optional<Path> out) {
    public RollbackRequest {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(out, "out");
    }
}
