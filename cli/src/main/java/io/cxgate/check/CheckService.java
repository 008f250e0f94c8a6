package io.cxgate.check;

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
    private final ResourceCatalog catalog;
    private final Map<String, String> environmentVariables;
    private final Clock clock;

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
        return check(request, context(request));
    }

    /** The request's config, environment, time zone, redactor and credentials, resolved once. */
    public EnvironmentContext context(CheckRequest request) {
        return EnvironmentContext.resolve(ConfigLoader.load(request.configFile(), request.workingDir()),
                request.environment(), environmentVariables);
    }

    /** The check in an environment already resolved. */
    public Report check(CheckRequest request, EnvironmentContext context) {
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
        return check(request, context, join(compiling), plan);
    }

    /**
     * The check with the policies {@link #preflight} compiled (by {@code cxgate plan}, which compiles them before
     * terraform runs).
     */
    public Report check(CheckRequest request, EnvironmentContext context, PolicyEngine policies) {
        return check(request, context, policies, new PlanReader(catalog, context.redactor()).read(request.plan()));
    }

    private Report check(CheckRequest request, EnvironmentContext context, PolicyEngine policies, Plan plan) {
        Optional<CxgateConfig> config = context.config();
        EnvironmentConfig env = context.environment();
        // the org is asked only once the inputs are known to be sound
        Simulation simulation = simulate(request, context, request.simulation().resolvedFor(env), plan);
        Evaluation evaluation = policies.evaluate(new EvaluationInput(plan, PolicyEnvironment.of(env),
                request.now().orElseGet(clock::instant), simulation.findings(), simulation.source(),
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
    Simulation simulate(CheckRequest request, EnvironmentContext context, SimulationChoice.Resolved source, Plan plan) {
        Optional<Supplier<OrgConnection>> opening = source.match(Optional::empty,
                file -> Optional.of(() -> OrgConnection.snapshot(file)),
                () -> Optional.of(() -> OrgConnection.live(context, request.apiBaseUrl())));
        if (opening.isEmpty()) {
            return Simulation.none();
        }
        Path moduleDir = request.moduleDir()
                .or(() -> context.config().map(c -> c.terraform().dir()))
                .orElse(request.workingDir());
        Simulator simulator = new Simulator(catalog, new FlowFiles(moduleDir), context.environment().mappings());
        try (OrgConnection org = opening.get().get()) {
            return masked(simulator.simulate(plan, org.source()), context.redactor());
        } catch (InvalidInputException e) {
            throw e;
        } catch (CxgateException e) {
            throw e.withStep("live-org check of environment '" + context.name() + "'");
        }
    }

    /**
     * What {@link #check} would refuse before it reads the plan (a bad config or unknown environment were refused
     * when the context was resolved): a policy that does not load or compile, an org snapshot that is not one, live
     * simulation without credentials. {@code cxgate plan} calls it before terraform runs; the plan need not exist
     * yet.
     *
     * @return the compiled policies, for {@link #check(CheckRequest, EnvironmentContext, PolicyEngine)}
     */
    public PolicyEngine preflight(CheckRequest request, EnvironmentContext context) {
        PolicyEngine policies = compilePolicies(request, context);
        request.simulation().resolvedFor(context.environment()).match(() -> null, OrgSnapshot::read,
                () -> ApiCredentials.of(context.requireCredentials()));
        return policies;
    }

    private static PolicyEngine compilePolicies(CheckRequest request, EnvironmentContext context) {
        return PolicyEngine.compile(loadPolicies(request, context.config()), context.timeZone());
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
