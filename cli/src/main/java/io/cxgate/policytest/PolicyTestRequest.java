package io.cxgate.policytest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.policy.ClockPin;

/**
 * A run of {@code cxgate policy test}.
 *
 * @param dir        the policies directory; empty: the config's {@code policies:}, else {@code ./policies}
 * @param workingDir where {@code ./cxgate.yaml} and relative paths are looked for
 * @param now        the clock for cases without {@code now:} ({@code --now}); empty: the system clock
 */
public record PolicyTestRequest(Optional<Path> dir, Optional<Path> configFile, Path workingDir, Optional<ClockPin> now) {
    public PolicyTestRequest {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(now, "now");
    }
}
