package io.cxgate.approval;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code cxgate approve --bundle DIR [--group G] [--comment TEXT] [--by ID]}.
 *
 * @param workingDir where {@code ./cxgate.yaml} is looked for and relative paths resolve
 */
public record ApproveRequest(Path bundleDir, Optional<Path> configFile, Path workingDir, Optional<String> group,
                             Optional<String> comment, Optional<String> by) {
    public ApproveRequest {
        Objects.requireNonNull(bundleDir, "bundleDir");
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(by, "by");
    }
}
