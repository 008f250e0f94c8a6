package io.cxgate.planning;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.check.SimulationChoice;
import io.cxgate.policy.ClockPin;

/**
 * {@code cxgate plan}: plan one environment with terraform and write a bundle.
 *
 * @param workingDir where {@code ./cxgate.yaml} is looked for, relative paths are resolved, and the default bundle
 *                   directory {@code .cxgate/bundles/<env>-<UTC timestamp>} is made
 * @param out        the bundle directory ({@code --out}); it must not exist yet
 * @param now        pins the policy clock ({@code --now}); the bundle's {@code createdAt} is always the real time
 */
public record PlanRequest(String environment, Optional<Path> configFile, Path workingDir, Optional<Path> out,
                          SimulationChoice simulation, Optional<String> apiBaseUrl, Optional<ClockPin> now) {
    public PlanRequest {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(now, "now");
    }
}
