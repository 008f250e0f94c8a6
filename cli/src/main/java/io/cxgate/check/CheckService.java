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

import io.cxgate.files.DisplayPaths;
import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.config.ConfigLoader;
import io.cxgate.config.Credentials;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.SimulationMode;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.api.ApiCredentials;
import io.cxgate.genesys.org.OrgConnection;
import io.cxgate.genesys.org.OrgSnapshot;
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
import io.cxgate.simulate.Finding;
import io.cxgate.simulate.FlowFiles;
import io.cxgate.simulate.Simulation;
import io.cxgate.simulate.Simulator;

/**
 * The check pipeline: config → plan → (live-org simulation) → (policies) → report. Used by
 * {@code cxgate check} and, after terraform has run, by {@code cxgate plan}.
 */
public final class CheckService {
    /** Credential variables whose values are masked wherever they might appear. */
    static final List<String> INHERITED_SECRETS = List.of("GENESYSCLOUD_OAUTHCLIENT_ID", "GENESYSCLOUD_OAUTHCLIENT_SECRET",
            "GENESYSCLOUD_ACCESS_TOKEN");

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
        return check(request, ConfigLoader.load(request.configFile(), request.workingDir()));
    }

    /** The check with the request's config already loaded (by {@code cxgate plan}, which needs it first). */
    public Report check(CheckRequest request, Optional<CxgateConfig> config) {
        EnvironmentConfig env = config.map(c -> c.environment(request.environment()))
                .orElseGet(() -> EnvironmentConfig.adHoc(request.environment()));
        Redactor redactor = redactor(config, env);
        SimulationChoice.Kind source = simulationSource(request.simulation(), env);
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
        // the org is asked only once the inputs are known to be sound
        Simulation simulation = simulate(request, config, env, redactor, source, plan);
        Evaluation evaluation = policies.evaluate(new EvaluationInput(plan, PolicyEnvironment.of(env),
                request.now().orElseGet(clock::instant), simulation.findings(), simulation.source().id(),
                config.map(c -> c.approvers().keySet())));
        return Report.builder(env.name(), plan)
                .simulation(new Report.SimulationInfo(simulation.source(), simulation.requests()))
                .findings(simulation.findings())
                .warnings(simulation.warnings())
                .policies(evaluation.policies())
                .waivers(evaluation.waivers())
                .warnings(evaluation.warnings())
                .decision(evaluation.decision())
                .build();
    }

    /**
     * The live-org check: none, against a snapshot, or against the live org. Flow files are read
     * relative to {@code --dir}, else the config's {@code terraform.dir}, else the working directory.
     */
    Simulation simulate(CheckRequest request, Optional<CxgateConfig> config, EnvironmentConfig env, Redactor redactor,
            SimulationChoice.Kind source, Plan plan) {
        if (source == SimulationChoice.Kind.NONE) {
            return Simulation.none();
        }
        Path moduleDir = request.moduleDir()
                .or(() -> config.map(c -> c.terraform().dir()))
                .orElse(request.workingDir());
        Simulator simulator = new Simulator(catalog, new FlowFiles(moduleDir), env.mappings());
        try (OrgConnection org = source == SimulationChoice.Kind.SNAPSHOT
                ? OrgConnection.snapshot(request.simulation().snapshot().orElseThrow())
                : OrgConnection.live(env, environmentVariables, request.apiBaseUrl(), redactor)) {
            return masked(simulator.simulate(plan, org.source()), redactor);
        } catch (InvalidInputException e) {
            throw e;
        } catch (CxgateException e) {
            throw e.withStep("live-org check of environment '" + env.name() + "'");
        }
    }

    /**
     * What {@link #check} would refuse before it reads the plan: a bad config, an unknown environment, an org
     * snapshot that is not one, live simulation without credentials. {@code cxgate plan} calls it before terraform
     * runs; the plan need not exist yet.
     */
    public void preflight(CheckRequest request, Optional<CxgateConfig> config) {
        EnvironmentConfig env = config.map(c -> c.environment(request.environment()))
                .orElseGet(() -> EnvironmentConfig.adHoc(request.environment()));
        switch (simulationSource(request.simulation(), env)) {
            case SNAPSHOT -> OrgSnapshot.read(request.simulation().snapshot().orElseThrow());
            case LIVE -> ApiCredentials.fromEnvironment(environmentVariables,
                    env.credentials().map(Credentials::clientIdEnv).orElse(null),
                    env.credentials().map(Credentials::clientSecretEnv).orElse(null), env.region().orElse(null));
            default -> { }
        }
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
            return PolicyLoader.load(fromConfig.get(), DisplayPaths.relativeTo(request.workingDir(), fromConfig.get()));
        }
        return PolicySet.EMPTY;
    }


    /** The config's maskPatterns plus the values of every credential variable cxgate might use. */
    public Redactor redactor(Optional<CxgateConfig> config, EnvironmentConfig env) {
        Redactor redactor = config
                .map(c -> Redactor.ofPatterns(c.maskPatterns(), c.file().toString()))
                .orElse(Redactor.none());
        List<String> secrets = new ArrayList<>();
        for (String name : INHERITED_SECRETS) {
            Optional.ofNullable(environmentVariables.get(name)).ifPresent(secrets::add);
        }
        env.credentials().ifPresent(c -> {
            Optional.ofNullable(environmentVariables.get(c.clientIdEnv())).ifPresent(secrets::add);
            Optional.ofNullable(environmentVariables.get(c.clientSecretEnv())).ifPresent(secrets::add);
        });
        return redactor.withLiterals(secrets);
    }

    /**
     * Findings quote org names and flow files that the plan's redaction never saw: the same masking applies
     * to them before any renderer does.
     */
    static Simulation masked(Simulation simulation, Redactor redactor) {
        if (redactor.isEmpty()) {
            return simulation;
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : simulation.findings()) {
            Finding.LiveObject o = f.object();
            Finding.LiveObject object = o == null ? null : new Finding.LiveObject(o.apiType(), o.resourceType(),
                    o.id(), o.name() == null ? null : redactor.mask(o.name()));
            findings.add(new Finding(f.code(), f.severity(), f.address(), object, redactor.mask(f.message())));
        }
        return new Simulation(simulation.source(), simulation.requests(), findings,
                simulation.warnings().stream().map(redactor::mask).toList());
    }

    /** {@code --org}, {@code --live} and {@code --no-simulation} win; else the environment's {@code simulation}. */
    static SimulationChoice.Kind simulationSource(SimulationChoice choice, EnvironmentConfig env) {
        if (choice.kind() != SimulationChoice.Kind.FROM_CONFIG) {
            return choice.kind();
        }
        return env.simulation() == SimulationMode.LIVE ? SimulationChoice.Kind.LIVE : SimulationChoice.Kind.NONE;
    }
}
