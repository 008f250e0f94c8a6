package io.cxgate.drift;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.policy.ClockPin;
import io.cxgate.check.SimulationChoice;

/**
 * {@code cxgate drift}: a refresh-only plan of one environment, checked and recorded.
 *
 * @param now pins the policy clock ({@code --now}); the audit interval always ends at the real time
 */
public record DriftRequest(String environment, Optional<Path> configFile, Path workingDir, SimulationChoice simulation,
                           Optional<String> apiBaseUrl, Optional<ClockPin> now) {
    public DriftRequest {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(now, "now");
    }
}
