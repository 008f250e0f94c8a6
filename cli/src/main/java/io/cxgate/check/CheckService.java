package io.cxgate.check;

import java.nio.file.Files;
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
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.SimulationMode;
import io.cxgate.console.Progress;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.org.OrgConnection;
import io.cxgate.genesys.org.OrgSnapshot;
import io.cxgate.plan.Action;
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

    private static final String FLOW_TYPE = "genesyscloud_flow";

    private final ResourceCatalog catalog;
    private final Map<String, String> environmentVariables;
    private final Clock clock;
    private final Progress progress;

    public CheckService() {
        this(ResourceCatalog.bundled(), System.getenv(), Clock.systemUTC());
    }

    public CheckService(ResourceCatalog catalog, Map<String, String> environmentVariables) {
        this(catalog, environmentVariables, Clock.systemUTC());
    }

    /** @param clock the policy clock when the request does not pin {@code now} */
    public CheckService(ResourceCatalog catalog, Map<String, String> environmentVariables, Clock clock) {
        this(catalog, environmentVariables, clock, Progress.silent());
    }

    private CheckService(ResourceCatalog catalog, Map<String, String> environmentVariables, Clock clock,
            Progress progress) {
        this.catalog = catalog;
        this.environmentVariables = Map.copyOf(environmentVariables);
        this.clock = clock;
        this.progress = progress;
    }

    /** This service reporting to {@code progress}: the API request log, heartbeats while the live org is slow. */
    public CheckService withProgress(Progress progress) {
        return new CheckService(catalog, environmentVariables, clock, java.util.Objects.requireNonNull(progress));
    }

    public Report check(CheckRequest request) {
        return check(request, ConfigLoader.load(request.configFile(), request.workingDir()));
    }

    /** The check with the request's config already loaded (by {@code cxgate plan}, which needs it first). */
    public Report check(CheckRequest request, Optional<CxgateConfig> config) {
        return check(request, config, Simulation.none());
    }

    /**
     * The check of an existing bundle's plan ({@code approve}, {@code approvals}, {@code apply}): {@code carried} are
     * the live-org facts found at plan time. They are kept whatever this check can see now: added to a fresh live
     * check's findings, or standing alone (with their source) when this check has no org access.
     */
    public Report check(CheckRequest request, Optional<CxgateConfig> config, Simulation carried) {
        EnvironmentConfig env = config.map(c -> c.environment(request.environment()))
                .orElseGet(() -> EnvironmentConfig.adHoc(request.environment()));
        Redactor redactor = redactor(config, env);
        SimulationChoice.Kind source = simulationSource(request.simulation(), env);
        ZoneId zone = config.map(CxgateConfig::timeZone).orElse(ZoneOffset.UTC);
        // Policies are read and compiled while the plan is read (CEL's start-up would otherwise add a second to
        // every check); a policy error still wins over a plan error, so the message does not depend on timing.
        CompletableFuture<PolicyEngine> compiling = CompletableFuture.supplyAsync(
                () -> PolicyEngine.compile(loadPolicies(request, config, env), zone));
        Plan plan;
        try {
            plan = new PlanReader(catalog, redactor).read(request.plan());
        } catch (RuntimeException e) {
            join(compiling);
            throw e;
        }
        PolicyEngine policies = join(compiling);
        // the org is asked only once the inputs are known to be sound
        Simulation simulation = withCarried(simulate(request, config, env, redactor, source, plan), carried);
        Evaluation evaluation = policies.evaluate(new EvaluationInput(plan, PolicyEnvironment.of(env),
                request.now().map(n -> n.at(zone)).orElseGet(clock::instant), simulation.findings(), simulation.source(),
                config.map(c -> c.approvers().keySet()), request.rollback()));
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

    private static Simulation withCarried(Simulation fresh, Simulation carried) {
        if (carried.findings().isEmpty() && carried.source().equals(Simulation.NONE)) {
            return fresh;
        }
        if (fresh.source().equals(Simulation.NONE)) {
            return carried;
        }
        List<Finding> findings = new ArrayList<>(fresh.findings());
        carried.findings().stream().filter(f -> !findings.contains(f)).forEach(findings::add);
        return new Simulation(fresh.source(), fresh.requests(), findings, fresh.warnings());
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
        requireModuleDir(moduleDir, request.moduleDir().isPresent() ? "--dir" : "the config's terraform.dir", plan);
        Simulator simulator = new Simulator(catalog, new FlowFiles(moduleDir), env.mappings());
        try (OrgConnection org = source == SimulationChoice.Kind.SNAPSHOT
                ? OrgConnection.snapshot(request.simulation().snapshot().orElseThrow())
                : OrgConnection.live(env, environmentVariables, request.apiBaseUrl(), redactor,
                        client -> client.log(progress.requestLog()))) {
            return masked(org.waitingFor(progress, "live-org check of environment '" + env.name() + "'",
                    () -> simulator.simulate(plan, org.source())), redactor);
        } catch (InvalidInputException e) {
            throw e;
        } catch (CxgateException e) {
            throw e.withStep("live-org check of environment '" + env.name() + "'");
        }
    }

    /** Flow files are read relative to the module directory: when the plan has flows to check, it must exist. */
    private static void requireModuleDir(Path moduleDir, String from, Plan plan) {
        boolean flows = plan.changes().stream()
                .anyMatch(c -> FLOW_TYPE.equals(c.type()) && c.action() != Action.DELETE);
        if (flows && !Files.isDirectory(moduleDir)) {
            throw new InvalidInputException(from + " " + moduleDir + ": no such directory; the flow files the plan's "
                    + FLOW_TYPE + " resources name are read relative to it (pass the root module with --dir)");
        }
    }

    /**
     * What {@link #check} would refuse before it reads the plan: a bad config, an unknown environment, an org
     * snapshot that is not one, live simulation without credentials, and (live) an API that refuses the
     * credentials or cannot be reached: the token request is made here. {@code cxgate plan} calls it before
     * terraform runs; the plan need not exist yet.
     */
    public void preflight(CheckRequest request, Optional<CxgateConfig> config) {
        EnvironmentConfig env = config.map(c -> c.environment(request.environment()))
                .orElseGet(() -> EnvironmentConfig.adHoc(request.environment()));
        loadPolicies(request, config, env);
        switch (simulationSource(request.simulation(), env)) {
            case SNAPSHOT -> OrgSnapshot.read(request.simulation().snapshot().orElseThrow());
            case LIVE -> authenticate(request, config, env);
            default -> { }
        }
    }

    private void authenticate(CheckRequest request, Optional<CxgateConfig> config, EnvironmentConfig env) {
        String step = "live-org check of environment '" + env.name() + "'";
        try (OrgConnection org = OrgConnection.live(env, environmentVariables, request.apiBaseUrl(),
                redactor(config, env), client -> client.log(progress.requestLog()))) {
            org.waitingFor(progress, step + " (token request)", () -> {
                org.authenticate();
                return null;
            });
        } catch (InvalidInputException e) {
            throw e;
        } catch (CxgateException e) {
            throw e.withStep(step);
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

    /**
     * {@code --policies} (relative to the working directory), else the config's {@code policies:}, else none. A
     * configured directory without a single rule is refused (exit 2): it would allow everything.
     */
    static PolicySet loadPolicies(CheckRequest request, Optional<CxgateConfig> config, EnvironmentConfig env) {
        PolicySet set;
        Optional<Path> fromConfig = config.flatMap(CxgateConfig::policies);
        if (request.policiesDir().isPresent()) {
            Path given = request.policiesDir().get();
            set = withRules(PolicyLoader.load(request.workingDir().resolve(given), given.toString()),
                    given + " (--policies)");
        } else if (fromConfig.isPresent()) {
            String display = DisplayPaths.relativeTo(request.workingDir(), fromConfig.get());
            set = withRules(PolicyLoader.load(fromConfig.get(), display),
                    display + " (policies: in " + config.get().file() + ")");
        } else {
            return PolicySet.EMPTY;
        }
        // with a config, an approval nobody can give is a config error; without one, groups are only reported
        config.ifPresent(c -> set.requireApproverGroups(env.name(), c.approvers().keySet(), c.file().toString()));
        return set;
    }

    private static PolicySet withRules(PolicySet set, String display) {
        if (!set.hasRules()) {
            throw new InvalidInputException(display + ": no kind: Policy rules in the policies directory; a gate "
                    + "without rules would allow everything (point it at the policies, or remove the setting)");
        }
        return set;
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
