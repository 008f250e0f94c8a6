package io.cxgate.check;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.policy.ClockPin;

/**
 * A check of one plan JSON for one environment.
 *
 * @param workingDir where {@code ./cxgate.yaml} is looked for
 * @param moduleDir  the root module, for flow files ({@code --dir})
 * @param now        pins the policy clock ({@code --now})
 * @param rollback   the plan is a rollback's (CEL {@code plan.rollback})
 */
public record CheckRequest(Path plan, String environment, Optional<Path> configFile, Path workingDir,
                           Optional<Path> moduleDir, Optional<Path> policiesDir, SimulationChoice simulation,
                           Optional<String> apiBaseUrl, Optional<ClockPin> now, boolean rollback) {
    /** A check of an ordinary (not rollback) plan. */
    public CheckRequest(Path plan, String environment, Optional<Path> configFile, Path workingDir,
            Optional<Path> moduleDir, Optional<Path> policiesDir, SimulationChoice simulation,
            Optional<String> apiBaseUrl, Optional<ClockPin> now) {
        this(plan, environment, configFile, workingDir, moduleDir, policiesDir, simulation, apiBaseUrl, now, false);
    }

    /** This request with CEL {@code plan.rollback} set to {@code rollback}. */
    public CheckRequest withRollback(boolean rollback) {
        return new CheckRequest(plan, environment, configFile, workingDir, moduleDir, policiesDir, simulation,
                apiBaseUrl, now, rollback);
    }

    public CheckRequest {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(environment, "environment");
    }
}
