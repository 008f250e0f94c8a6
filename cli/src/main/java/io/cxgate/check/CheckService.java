package io.cxgate.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import io.cxgate.files.DisplayPaths;
import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.console.Progress;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.source.OrgConnection;
import io.cxgate.genesys.source.OrgSnapshot;
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
    private static final String FLOW_TYPE = "genesyscloud_flow";

    private final ResourceCatalog catalog;
    private final Map<String, String> environmentVariables;
    private final Clock clock;
    private final Progress progress;

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
        return check(request, context(request));
    }

    /** The request's config, environment, time zone, redactor and credentials, resolved once. */
    public EnvironmentContext context(CheckRequest request) {
        return EnvironmentContext.resolve(ConfigLoader.load(request.configFile(), request.workingDir()),
                request.environment(), environmentVariables);
    }

    /** The check in an environment already resolved. */
    public Report check(CheckRequest request, EnvironmentContext context) {
        return check(request, context, Simulation.none());
    }

    /**
     * The check of an existing bundle's plan ({@code approve}, {@code approvals}, {@code apply}): {@code carried} are
     * the live-org facts found at plan time. They are kept whatever this check can see now: added to a fresh live
     * check's findings, or standing alone (with their source) when this check has no org access.
     */
    public Report check(CheckRequest request, EnvironmentContext context, Simulation carried) {
        // Policies are read and compiled while the plan is read (CEL's start-up would otherwise add a second to
        // every check); a policy error still wins over a plan error, so the message does not depend on timing.
        CompletableFuture<PolicyEngine> compiling = CompletableFuture.supplyAsync(() -> compilePolicies(request, context));
        Plan plan;
        try {
            plan = new PlanReader(catalog, context.redactor()).read(request.plan());
        } catch (RuntimeException e) {
            join(compiling);
            throw e;
        }
        return check(request, context, join(compiling), plan, carried);
    }

    /**
     * The check with the policies {@link #preflight} compiled (by {@code cxgate plan}, which compiles them before
     * terraform runs).
     */
    public Report check(CheckRequest request, EnvironmentContext context, PolicyEngine policies) {
        return check(request, context, policies, new PlanReader(catalog, context.redactor()).read(request.plan()),
                Simulation.none());
    }

    private Report check(CheckRequest request, EnvironmentContext context, PolicyEngine policies, Plan plan,
            Simulation carried) {
        Optional<CxgateConfig> config = context.config();
        EnvironmentConfig env = context.environment();
        // the org is asked only once the inputs are known to be sound
        Simulation simulation = withCarried(simulate(request, context, request.simulation().resolvedFor(env), plan),
                carried);
        Evaluation evaluation = policies.evaluate(new EvaluationInput(plan, PolicyEnvironment.of(env),
                request.now().map(n -> n.at(context.timeZone())).orElseGet(clock::instant), simulation.findings(),
                simulation.source().id(),
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
        if (carried.findings().isEmpty() && carried.source() == Simulation.Source.NONE) {
            return fresh;
        }
        if (fresh.source() == Simulation.Source.NONE) {
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
    Simulation simulate(CheckRequest request, EnvironmentContext context, SimulationChoice.Resolved source, Plan plan) {
        Optional<Supplier<OrgConnection>> opening = source.match(Optional::empty,
                file -> Optional.of(() -> OrgConnection.snapshot(file)),
                () -> Optional.of(() -> OrgConnection.live(context, request.apiBaseUrl(),
                        client -> client.log(progress.requestLog()))));
        if (opening.isEmpty()) {
            return Simulation.none();
        }
        Path moduleDir = request.moduleDir()
                .or(() -> context.config().map(c -> c.terraform().dir()))
                .orElse(request.workingDir());
        requireModuleDir(moduleDir, request.moduleDir().isPresent() ? "--dir" : "the config's terraform.dir", plan);
        Simulator simulator = new Simulator(catalog, new FlowFiles(moduleDir), context.environment().mappings());
        try (OrgConnection org = opening.get().get()) {
            return masked(org.waitingFor(progress, "live-org check of environment '" + context.name() + "'",
                    () -> simulator.simulate(plan, org.source())), context.redactor());
        } catch (InvalidInputException e) {
            throw e;
        } catch (CxgateException e) {
            throw e.withStep("live-org check of environment '" + context.name() + "'");
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
     * What {@link #check} would refuse before it reads the plan (a bad config or unknown environment were refused
     * when the context was resolved): a policy that does not load or compile, an org snapshot that is not one, live
     * simulation without credentials, and (live) an API that refuses the credentials or cannot be reached: the
     * token request is made here. {@code cxgate plan} calls it before terraform runs; the plan need not exist yet.
     *
     * @return the compiled policies, for {@link #check(CheckRequest, EnvironmentContext, PolicyEngine)}
     */
    public PolicyEngine preflight(CheckRequest request, EnvironmentContext context) {
        PolicyEngine policies = compilePolicies(request, context);
        request.simulation().resolvedFor(context.environment()).match(() -> null, OrgSnapshot::read,
                () -> authenticate(request, context));
        return policies;
    }

    private Void authenticate(CheckRequest request, EnvironmentContext context) {
        String step = "live-org check of environment '" + context.name() + "'";
        try (OrgConnection org = OrgConnection.live(context, request.apiBaseUrl(),
                client -> client.log(progress.requestLog()))) {
            return org.waitingFor(progress, step + " (token request)", () -> {
                org.authenticate();
                return null;
            });
        } catch (InvalidInputException e) {
            throw e;
        } catch (CxgateException e) {
            throw e.withStep(step);
        }
    }

    private static PolicyEngine compilePolicies(CheckRequest request, EnvironmentContext context) {
        return PolicyEngine.compile(loadPolicies(request, context.config(), context.environment()),
                context.timeZone());
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
}
