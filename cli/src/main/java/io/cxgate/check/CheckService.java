package io.cxgate.check;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.cxgate.InvalidInputException;
import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.SimulationMode;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.plan.Plan;
import io.cxgate.plan.PlanReader;
import io.cxgate.policy.Evaluation;
import io.cxgate.policy.EvaluationInput;
import io.cxgate.policy.PolicyEngine;
import io.cxgate.policy.PolicyEnvironment;
import io.cxgate.policy.PolicyLoader;
import io.cxgate.policy.PolicySet;
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
    private final Clock clock;

    public CheckService() {
        this(ResourceCatalog.bundled(), System.getenv(), Clock.systemUTC());
    }

    public CheckService(ResourceCatalog catalog, Map<String, String> environmentVariables) {
        this(catalog, environmentVariables, Clock.systemUTC());
    }

    /** @param clock the policy clock when the request does not pin {@code now} */
    public CheckService(ResourceCatalog catalog, Map<String, String> environmentVariables, Clock clock) {
        this.catalog = catalog;
        this.environmentVariables = Map.copyOf(environmentVariables);
        this.clock = clock;
    }

    public Report check(CheckRequest request) {
        Optional<CxgateConfig> config = ConfigLoader.load(request.configFile(), request.workingDir());
        EnvironmentConfig env = config.map(c -> c.environment(request.environment()))
                .orElseGet(() -> EnvironmentConfig.adHoc(request.environment()));
        Redactor redactor = redactor(config, env);
        checkSimulationChoice(request.simulation(), env);
        ZoneId zone = config.map(CxgateConfig::timeZone).orElse(ZoneOffset.UTC);
        // Policies are read and compiled while the plan is read (CEL's start-up would otherwise add a second to
        // every check); a policy error still wins over a plan error, so the message does not depend on timing.
        CompletableFuture<PolicyEngine> compiling = CompletableFuture.supplyAsync(
                () -> PolicyEngine.compile(loadPolicies(request, config), zone));
        Plan plan;
        try {
            plan = new PlanReader(catalog, redactor).read(request.plan());
        } catch (RuntimeException e) {
            join(compiling);
            throw e;
        }
        PolicyEngine policies = join(compiling);
        Evaluation evaluation = policies.evaluate(new EvaluationInput(plan, PolicyEnvironment.of(env),
                request.now().orElseGet(clock::instant), List.of(), Report.SimulationInfo.NONE.source(),
                config.map(c -> c.approvers().keySet())));
        return Report.builder(env.name(), plan)
                .policies(evaluation.policies())
                .waivers(evaluation.waivers())
                .warnings(evaluation.warnings())
                .decision(evaluation.decision())
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

    private static PolicyEngine join(CompletableFuture<PolicyEngine> compiling) {
        try {
            return compiling.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** {@code --policies} (relative to the working directory), else the config's {@code policies:}, else none. */
    static PolicySet loadPolicies(CheckRequest request, Optional<CxgateConfig> config) {
        if (request.policiesDir().isPresent()) {
            Path given = request.policiesDir().get();
            return PolicyLoader.load(request.workingDir().resolve(given), given.toString());
        }
        Optional<Path> fromConfig = config.flatMap(CxgateConfig::policies);
        if (fromConfig.isPresent()) {
            return PolicyLoader.load(fromConfig.get(), display(fromConfig.get(), request.workingDir()));
        }
        return PolicySet.EMPTY;
    }

    /** A path as messages show it: relative to the working directory when inside it. */
    private static String display(Path path, Path workingDir) {
        Path cwd = workingDir.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
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
