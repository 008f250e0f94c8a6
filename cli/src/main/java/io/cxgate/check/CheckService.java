package io.cxgate.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cxgate.InvalidInputException;
import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.SimulationMode;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.plan.Plan;
import io.cxgate.plan.PlanReader;
import io.cxgate.policy.Decision;
import io.cxgate.redact.Redactor;
import io.cxgate.report.Report;

/**
 * The check pipeline: config → plan → (live-org simulation) → (policies) → report. Used by
 * {@code cxgate check} and, after terraform has run, by {@code cxgate plan}.
 */
public final class CheckService {
    /** Credential variables whose values are masked wherever they might appear. */
    static final List<String> INHERITED_SECRETS = List.of("GENESYSCLOUD_OAUTHCLIENT_SECRET", "GENESYSCLOUD_ACCESS_TOKEN");

    private final ResourceCatalog catalog;
    private final Map<String, String> environmentVariables;

    public CheckService() {
        this(ResourceCatalog.bundled(), System.getenv());
    }

    public CheckService(ResourceCatalog catalog, Map<String, String> environmentVariables) {
        this.catalog = catalog;
        this.environmentVariables = Map.copyOf(environmentVariables);
    }

    public Report check(CheckRequest request) {
        Optional<CxgateConfig> config = ConfigLoader.load(request.configFile(), request.workingDir());
        EnvironmentConfig env = config.map(c -> c.environment(request.environment()))
                .orElseGet(() -> EnvironmentConfig.adHoc(request.environment()));
        Redactor redactor = redactor(config, env);
        checkSimulationChoice(request.simulation(), env);

        Plan plan = new PlanReader(catalog, redactor).read(request.plan());
        return Report.builder(env.name(), plan)
                .decision(decide(plan))
                .build();
    }

    /**
     * What {@link #check} would refuse before it reads the plan: a bad config, an unknown environment, a simulation
     * this build cannot do. {@code cxgate plan} calls it before terraform runs; the plan need not exist yet.
     */
    public void preflight(CheckRequest request) {
        Optional<CxgateConfig> config = ConfigLoader.load(request.configFile(), request.workingDir());
        EnvironmentConfig env = config.map(c -> c.environment(request.environment()))
                .orElseGet(() -> EnvironmentConfig.adHoc(request.environment()));
        checkSimulationChoice(request.simulation(), env);
    }

    /** Without policies: a sound plan is allowed; an errored, incomplete or unreadable one is denied. */
    static Decision decide(Plan plan) {
        List<String> problems = plan.integrityProblems();
        if (!problems.isEmpty()) {
            return new Decision.Deny(problems);
        }
        return new Decision.Allow(List.of("no policies configured: nothing requires approval"));
    }

    /** The config's maskPatterns plus the values of every credential variable cxgate might use. */
    Redactor redactor(Optional<CxgateConfig> config, EnvironmentConfig env) {
        Redactor redactor = config
                .map(c -> Redactor.ofPatterns(c.maskPatterns(), c.file().toString()))
                .orElse(Redactor.none());
        List<String> secrets = new ArrayList<>();
        for (String name : INHERITED_SECRETS) {
            Optional.ofNullable(environmentVariables.get(name)).ifPresent(secrets::add);
        }
        env.credentials().ifPresent(c -> {
            Optional.ofNullable(environmentVariables.get(c.clientSecretEnv())).ifPresent(secrets::add);
        });
        return redactor.withLiterals(secrets);
    }

    private static void checkSimulationChoice(SimulationChoice choice, EnvironmentConfig env) {
        boolean live = choice.kind() == SimulationChoice.Kind.LIVE
                || (choice.kind() == SimulationChoice.Kind.FROM_CONFIG && env.simulation() == SimulationMode.LIVE);
        if (live) {
            throw new InvalidInputException("live-org simulation (--live or simulation: live for environment '"
                    + env.name() + "') is not available in this build yet; use --no-simulation");
        }
        if (choice.kind() == SimulationChoice.Kind.SNAPSHOT) {
            throw new InvalidInputException("--org " + choice.snapshot().orElseThrow()
                    + ": org snapshots are not available in this build yet");
        }
    }
}
