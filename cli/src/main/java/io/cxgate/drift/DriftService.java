package io.cxgate.drift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import io.cxgate.CxgateException;
import io.cxgate.check.CheckRequest;
import io.cxgate.check.CheckService;
import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.config.RecordsSettings;
import io.cxgate.config.TerraformSettings;
import io.cxgate.files.DisplayPaths;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.source.OrgConnection;
import io.cxgate.genesys.source.OrgSource;
import io.cxgate.simulate.Simulation;
import io.cxgate.identity.IdentityRule;
import io.cxgate.plan.PlanReader;
import io.cxgate.policy.PolicyEngine;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.RecordStore;
import io.cxgate.redact.Redactor;
import io.cxgate.report.Report;
import io.cxgate.planning.PlanService;
import io.cxgate.terraform.TerraformCommands;
import io.cxgate.terraform.TerraformRunner;
import io.cxgate.terraform.TerraformSetup;
import io.cxgate.terraform.TerraformSteps;

/**
 * {@code cxgate drift} (ARCHITECTURE.md "Drift"): {@code init}, {@code plan -refresh-only -out=<scratch>},
 * {@code show -json} through the shared runner (scrubbed environment, masking, heartbeats, the environment's data
 * directory); the check and policies on that plan; with org access, each drifted object attributed from the audit
 * trail ({@link AuditTrail}, one query per audit service over the time since the environment's last apply, else
 * {@link #DEFAULT_LOOKBACK}) and unmanaged look-alikes listed; a {@code drift-check} entry appended for every run that
 * reached terraform, failed ones included.
 */
public final class DriftService {
    /** How far back the audit trail is asked when the records store has no apply of the environment. */
    public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(30);

    private final Map<String, String> environment;
    private final Function<String, TerraformRunner> runners;
    private final Clock clock;
    private final ResourceCatalog catalog;
    private final Function<PlatformApiClient, AuditTrail> audits;

    public DriftService(Map<String, String> environment, Function<String, TerraformRunner> runners, Clock clock) {
        this(environment, runners, clock, ResourceCatalog.bundled(), AuditTrail::of);
    }

    /** @param audits the audit trail over a live org's client (tests pace its polling) */
    public DriftService(Map<String, String> environment, Function<String, TerraformRunner> runners, Clock clock,
            ResourceCatalog catalog, Function<PlatformApiClient, AuditTrail> audits) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.runners = Objects.requireNonNull(runners, "runners");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
    }

    public DriftOutcome drift(DriftRequest request) {
        Path workingDir = request.workingDir().toAbsolutePath().normalize();
        Optional<CxgateConfig> config = ConfigLoader.load(request.configFile(), workingDir);
        EnvironmentContext context = EnvironmentContext.resolve(config, request.environment(), environment);
        EnvironmentConfig env = context.environment();
        TerraformSettings terraform = config.map(CxgateConfig::terraform)
                .orElseGet(() -> TerraformSettings.defaults(workingDir));
        CheckService checks = new CheckService(catalog, environment, clock);
        Path scratch = scratchDir();
        Path planJson = scratch.resolve("drift.json");
        PolicyEngine policies = checks.preflight(checkRequest(request, planJson, terraform), context);
        TerraformSetup setup = TerraformSetup.of(context, terraform, environment);
        DriftRecord record = new DriftRecord(env.name(), IdentityRule.resolve(Optional.empty(), environment,
                IdentityRule.Need.ANY));

        try (RecordStore store = RecordStore.open(RecordsSettings.of(config, workingDir), environment)) {
            Instant since = lastApply(store, env.name()).orElseGet(() -> clock.instant().minus(DEFAULT_LOOKBACK));
            try {
                TerraformSteps steps = setup.steps(runners.apply(terraform.binary()), terraform, Optional.empty());
                runTerraform(steps, env, terraform, scratch.resolve("drift.tfplan"), planJson,
                        DisplayPaths.relativeTo(workingDir, setup.dataDir()));
                Report checked = checks.check(checkRequest(request, planJson, terraform), context, policies)
                        .withPlanSource("terraform plan -refresh-only (" + env.name() + ")");
                Report report = withOrg(checked, request, context, planJson, since);
                return new DriftOutcome(report, store.append(record.finished(report, since)), store.location());
            } catch (CxgateException e) {
                store.append(record.failed(setup.redactor().mask(String.valueOf(e.getMessage()))));
                throw e;
            }
        } finally {
            delete(scratch);
        }
    }

    /** init, (workspace), plan -refresh-only -out, show -json. */
    private static void runTerraform(TerraformSteps steps, EnvironmentConfig env, TerraformSettings terraform,
            Path planFile, Path planJson, String dataDir) {
        steps.initialise(env.backendConfig(), env.workspace(), PlanService.dataDirHint(env.name(), dataDir));
        steps.streamed(TerraformCommands.PLAN,
                TerraformCommands.refreshOnlyPlan(planFile, env.varFiles(), terraform.lockTimeout()), null);
        if (!Files.isRegularFile(planFile)) {
            throw new CxgateException("terraform plan -refresh-only succeeded but wrote no planfile at " + planFile);
        }
        steps.capturedTo(TerraformCommands.SHOW, TerraformCommands.showJson(planFile), planJson);
    }

    /**
     * With a snapshot or the live org: look-alike warnings; with the live org, audit attribution too. The check
     * has already opened the org once for its findings; this reads the managed types' listings again.
     */
    private Report withOrg(Report report, DriftRequest request, EnvironmentContext context, Path planJson,
            Instant since) {
        Redactor redactor = context.redactor();
        if (report.simulation().source() == Simulation.Source.NONE) {
            return report;
        }
        try (OrgConnection org = request.simulation().resolvedFor(context.environment()).match(
                () -> OrgConnection.live(context, request.apiBaseUrl()), OrgConnection::snapshot,
                () -> OrgConnection.live(context, request.apiBaseUrl()))) {
            List<String> lookAlikes = LookAlikes.find(new PlanReader(catalog, redactor).read(planJson).managed(),
                    org.source()).stream().map(l -> redactor.mask(l.warning())).toList();
            Report attributed = org.client().filter(c -> !report.drift().isEmpty())
                    .map(client -> withFindings(report, Attribution.attribute(report.findings(), report.drift(),
                            lookups(audits.apply(client), report, since), since, redactor)))
                    .orElse(report);
            return attributed.withWarnings(lookAlikes);
        } catch (CxgateException e) {
            throw e.withStep("attribution of drift in environment '" + context.name() + "'");
        }
    }

    /** One audit query per service the drifted objects live in. */
    private Map<String, AuditLookup> lookups(AuditTrail trail, Report report, Instant since) {
        Map<String, java.util.Set<String>> types = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> ids = new LinkedHashMap<>();
        report.findings().stream()
                .filter(f -> f.code() == io.cxgate.simulate.Finding.Code.OUT_OF_BAND_CHANGE && f.object() != null
                        && f.object().id() != null)
                .forEach(f -> AuditServices.of(f.object().resourceType()).ifPresent(t -> {
                    types.computeIfAbsent(t.service(), s -> new java.util.TreeSet<>()).add(t.entityType());
                    ids.computeIfAbsent(t.service(), s -> new java.util.TreeSet<>()).add(f.object().id());
                }));
        Map<String, AuditLookup> lookups = new LinkedHashMap<>();
        Instant to = clock.instant();
        types.forEach((service, entityTypes) ->
                lookups.put(service, trail.query(service, entityTypes, ids.get(service), since, to)));
        return lookups;
    }

    private static Optional<Instant> lastApply(RecordStore store, String env) {
        return store.entries(EntryQuery.all().environment(env).kind(EntryKind.APPLY_FINISHED)).stream()
                .map(Entry::at).max(Comparator.naturalOrder());
    }

    private static Report withFindings(Report r, List<io.cxgate.simulate.Finding> findings) {
        return new Report(r.schemaVersion(), r.environment(), r.plan(), r.simulation(), r.summary(), r.changes(),
                r.drift(), r.outputs(), findings, r.policies(), r.waivers(), r.decision(), r.warnings());
    }

    private static CheckRequest checkRequest(DriftRequest request, Path planJson, TerraformSettings terraform) {
        return new CheckRequest(planJson, request.environment(), request.configFile(), request.workingDir(),
                Optional.of(terraform.dir()), Optional.empty(), request.simulation(), request.apiBaseUrl(), request.now());
    }

    /** The planfile holds the refreshed state (secrets included): an owner-only directory, deleted afterwards. */
    private static Path scratchDir() {
        try {
            return Files.createTempDirectory("cxgate-drift-");
        } catch (IOException e) {
            throw new UncheckedIOException("create a scratch directory for the refresh-only plan", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is not worth failing the run for
        }
    }
}
