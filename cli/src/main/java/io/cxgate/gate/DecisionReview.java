package io.cxgate.gate;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.bundle.Bundle;
import io.cxgate.check.CheckRequest;
import io.cxgate.check.CheckService;
import io.cxgate.check.SimulationChoice;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.config.TerraformSettings;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.policy.Decision;
import io.cxgate.report.Report;

/**
 * The decision {@code approve}, {@code approvals} and {@code apply} act on (ARCHITECTURE.md, "Apply" step 2): the
 * stricter of the bundle's recorded decision and a re-evaluation of its {@code plan.json} now, with the policies as
 * they are now, the real clock (deployment windows judge the moment of apply), and the environment's simulation
 * setting; plan-time live-org findings are kept even without org access now.
 */
public final class DecisionReview {
    private final ResourceCatalog catalog;
    private final Map<String, String> environment;
    private final Clock clock;

    public DecisionReview(ResourceCatalog catalog, Map<String, String> environment, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.environment = Map.copyOf(environment);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param report the re-evaluation's report (redacted like any report): what {@code apply-started} records
     */
    public record Review(Decision decision, RecordedReport recorded, Report report) {
    }

    /** Reviews a bundle whose files were checked against their digests. */
    public Review review(BundleDirectory bundle, Optional<Path> configFile, Optional<CxgateConfig> config,
            Path workingDir, Optional<String> apiBaseUrl) {
        RecordedReport recorded = RecordedReport.read(bundle.file(Bundle.REPORT_JSON));
        Path moduleDir = config.map(CxgateConfig::terraform).map(TerraformSettings::dir).orElse(workingDir);
        CheckRequest request = new CheckRequest(bundle.file(Bundle.PLAN_JSON), bundle.bundle().environment(),
                configFile, workingDir, Optional.of(moduleDir), Optional.empty(), SimulationChoice.fromConfig(),
                apiBaseUrl, Optional.empty()).withRollback(bundle.bundle().rollback().isPresent());
        Report now = new CheckService(catalog, environment, clock).check(request,
                EnvironmentContext.resolve(config, request.environment(), environment), recorded.simulation());
        return new Review(Decisions.stricter(recorded.decision(), now.decision()), recorded, now);
    }
}
