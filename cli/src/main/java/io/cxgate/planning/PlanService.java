package io.cxgate.planning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.cxgate.files.DisplayPaths;
import io.cxgate.CxgateException;
import io.cxgate.Version;
import io.cxgate.bundle.ArtifactManifest;
import io.cxgate.bundle.Bundle;
import io.cxgate.bundle.BundleWriter;
import io.cxgate.bundle.CreatedBy;
import io.cxgate.bundle.GitCommit;
import io.cxgate.bundle.InputManifests;
import io.cxgate.bundle.Manifest;
import io.cxgate.bundle.StagedBundle;
import io.cxgate.check.CheckRequest;
import io.cxgate.check.CheckService;
import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.config.TerraformSettings;
import io.cxgate.console.Progress;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.policy.PolicyEngine;
import io.cxgate.redact.Redactor;
import io.cxgate.report.Report;
import io.cxgate.terraform.TerraformOutputs;
import io.cxgate.terraform.TerraformCommands;
import io.cxgate.terraform.TerraformRunner;
import io.cxgate.terraform.TerraformSteps;
import io.cxgate.terraform.TerraformSetup;

/**
 * {@code cxgate plan}: config → terraform ({@code init}, workspace, {@code plan -out}, {@code state pull},
 * {@code show -json}, {@code version -json}) → the same check as {@code cxgate check} → a complete bundle.
 *
 * <p>Everything that can be refused without terraform is refused first (config, environment, policies, simulation,
 * credentials, an existing bundle directory). The bundle is built in a hidden directory beside its target and
 * renamed into place only when complete; any failure deletes it. Terraform gets the scrubbed environment with the
 * provider credentials, never a credential on its command line.
 */
public final class PlanService {
    private static final DateTimeFormatter BUNDLE_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Map<String, String> environment;
    private final Function<String, TerraformRunner> runners;
    private final Clock clock;
    private final ResourceCatalog catalog;
    private final Progress progress;

    /**
     * @param environment the inherited process environment (credentials, CI identity, PATH)
     * @param runners     a runner for the configured {@code terraform.binary}
     * @param clock       for {@code createdAt} and the default bundle name
     */
    public PlanService(Map<String, String> environment, Function<String, TerraformRunner> runners, Clock clock) {
        this(environment, runners, clock, ResourceCatalog.bundled());
    }

    public PlanService(Map<String, String> environment, Function<String, TerraformRunner> runners, Clock clock,
            ResourceCatalog catalog) {
        this(environment, runners, clock, catalog, Progress.silent());
    }

    private PlanService(Map<String, String> environment, Function<String, TerraformRunner> runners, Clock clock,
            ResourceCatalog catalog, Progress progress) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.runners = Objects.requireNonNull(runners, "runners");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** This service reporting the live-org check's progress (and its API requests under --verbose) to {@code progress}. */
    public PlanService withProgress(Progress progress) {
        return new PlanService(environment, runners, clock, catalog, progress);
    }

    public PlanOutcome plan(PlanRequest request) {
        return plan(request, Optional.empty());
    }

    /**
     * {@code cxgate plan}, or with {@code rollback} {@code cxgate rollback}: the same sequence run in the archived
     * configuration with its inputs, while terraform's data directory and credentials stay the environment's own.
     */
    public PlanOutcome plan(PlanRequest request, Optional<RollbackSource> rollback) {
        Path workingDir = request.workingDir().toAbsolutePath().normalize();
        Optional<CxgateConfig> config = ConfigLoader.load(request.configFile(), workingDir);
        EnvironmentContext context = EnvironmentContext.resolve(config, request.environment(), environment);
        EnvironmentConfig configured = context.environment();
        TerraformSettings checkout = config.map(CxgateConfig::terraform)
                .orElseGet(() -> TerraformSettings.defaults(workingDir));
        EnvironmentConfig env = rollback.map(RollbackSource::environment).orElse(configured);
        TerraformSettings terraform = rollback.map(RollbackSource::terraform).orElse(checkout);
        boolean isRollback = rollback.isPresent();
        CheckService checks = new CheckService(catalog, environment).withProgress(progress);
        PolicyEngine policies = checks.preflight(checkRequest(request, Path.of(Bundle.PLAN_JSON), terraform, isRollback),
                context);

        // the checkout's data directory and the environment's credentials, also for a rollback
        TerraformSetup setup = TerraformSetup.of(context, checkout, environment);
        Redactor redactor = setup.redactor();
        Path dataDir = setup.dataDir();
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Path target = request.out().map(workingDir::resolve).orElseGet(() -> defaultBundleDir(workingDir, env.name(), createdAt));
        TerraformRunner runner = runners.apply(terraform.binary());

        try (StagedBundle staged = request.out().isPresent() ? StagedBundle.create(target)
                : StagedBundle.createNumbered(target)) {
            TerraformSteps steps = setup.steps(runner, terraform, Optional.of(staged.file(Bundle.TERRAFORM_LOG)));
            Path planFile = staged.file(Bundle.PLAN_FILE);
            Path planJson = staged.file(Bundle.PLAN_JSON);

            TerraformFacts facts = runTerraform(steps, env, terraform, planFile, planJson,
                    DisplayPaths.relativeTo(workingDir, dataDir));

            Report checked = checks.check(checkRequest(request, planJson, terraform, isRollback), context, policies);
            ArtifactManifest artifact = ArtifactManifest.of(terraform.dir(), planJson, List.of(dataDir));
            Manifest inputs = InputManifests.inputs(terraform.dir(), env.varFiles(), env.backendConfig());
            Optional<Manifest> policyFiles = InputManifests.policies(config.flatMap(CxgateConfig::policies));
            List<String> warnings = new ArrayList<>();
            rollback.ifPresent(r -> r.notes().forEach(n -> warnings.add(redactor.mask(n))));
            artifact.warnings().forEach(w -> warnings.add(redactor.mask(w)));
            Report report = checked.withPlanSource(DisplayPaths.relativeTo(workingDir, target.resolve(Bundle.PLAN_JSON)))
                    .withWarnings(warnings);

            BundleWriter.writeReports(staged, report);
            Map<String, String> files = BundleWriter.fileDigests(staged);
            Bundle bundle = new Bundle(Bundle.SCHEMA_VERSION, Version.get(), env.name(), artifact.digest(),
                    inputs.digest(), files.get(Bundle.PLAN_FILE), policyFiles.map(Manifest::digest), files,
                    rollback.isPresent() ? rollback.get().gitCommit() : GitCommit.resolve(terraform.dir(), environment),
                    facts.version(), facts.state().lineage(), facts.state().serial(), createdAt,
                    CreatedBy.fromEnvironment(environment), rollback.map(RollbackSource::rollback));
            BundleWriter.writeBundleJson(staged, bundle);
            staged.commit();
            return new PlanOutcome(staged.target(), bundle, bundle.digest(), report);
        }
    }

    /** What the bundle keeps from terraform besides its files. */
    private record TerraformFacts(TerraformOutputs.StateFacts state, String version) {
    }

    /** init, (workspace), plan -out, state pull, show -json, version -json: the order ARCHITECTURE.md gives. */
    private static TerraformFacts runTerraform(TerraformSteps steps, EnvironmentConfig env, TerraformSettings terraform,
            Path planFile, Path planJson, String dataDir) {
        steps.initialise(env.backendConfig(), env.workspace(), dataDirHint(env.name(), dataDir));
        steps.streamed(TerraformCommands.PLAN, TerraformCommands.plan(planFile, env.varFiles(), terraform.lockTimeout()), null);
        if (!Files.isRegularFile(planFile)) {
            throw new CxgateException("terraform plan succeeded but wrote no planfile at " + planFile);
        }
        TerraformOutputs.StateFacts state = TerraformOutputs.state(
                steps.captured(TerraformCommands.STATE_PULL, TerraformCommands.statePull()).stdout().bytes());
        steps.capturedTo(TerraformCommands.SHOW, TerraformCommands.showJson(planFile), planJson);
        String version = TerraformOutputs.version(
                steps.captured(TerraformCommands.VERSION, TerraformCommands.versionJson()).stdout().bytes());
        return new TerraformFacts(state, version);
    }

    /** Added to a failed {@code init}: where the environment's data directory is, and how to start afresh. */
    public static String dataDirHint(String environment, String dataDir) {
        return "terraform's data directory for " + environment + " is " + dataDir + "; delete it to initialise afresh";
    }

    private static CheckRequest checkRequest(PlanRequest request, Path planJson, TerraformSettings terraform,
            boolean rollback) {
        return new CheckRequest(planJson, request.environment(), request.configFile(), request.workingDir(),
                Optional.of(terraform.dir()), Optional.empty(), request.simulation(), request.apiBaseUrl(), request.now(),
                rollback);
    }

    /**
     * {@code .cxgate/bundles/<env>-<yyyyMMddTHHmmssZ>} under the working directory; {@code -2}, {@code -3}… when
     * a bundle of the same environment was made in the same second.
     */
    static Path defaultBundleDir(Path workingDir, String environment, Instant createdAt) {
        Path bundles = workingDir.resolve(".cxgate").resolve("bundles");
        String name = environment + "-" + BUNDLE_TIMESTAMP.format(createdAt);
        Path dir = bundles.resolve(name);
        for (int n = 2; Files.exists(dir); n++) {
            dir = bundles.resolve(name + "-" + n);
        }
        return dir;
    }
}
