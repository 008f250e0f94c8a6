package io.cxgate.apply;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code cxgate apply --bundle DIR [--by ID]}.
 *
 * @param workingDir where {@code ./cxgate.yaml} is looked for and relative paths resolve
 */
public record ApplyRequest(Path bundleDir, Optional<Path> configFile, Path workingDir, Optional<String> by) {
    public ApplyRequest {
        Objects.requireNonNull(bundleDir, "bundleDir");
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(by, "by");
    }
}
