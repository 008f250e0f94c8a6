package io.cxgate.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.CxgateException;
import io.cxgate.apply.internal.ApplyEntries;
import io.cxgate.apply.internal.LockRenewal;
import io.cxgate.apply.internal.OrgCopies;
import io.cxgate.apply.internal.ReconnectingStore;
import io.cxgate.apply.internal.ShutdownGuard;
import io.cxgate.apply.internal.Scratch;
import io.cxgate.bundle.ArtifactManifest;
import io.cxgate.bundle.ArtifactManifest.PlannedArtifact;
import io.cxgate.bundle.Bundle;
import io.cxgate.check.CheckService;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.config.TerraformSettings;
import io.cxgate.files.Digests;
import io.cxgate.files.DisplayPaths;
import io.cxgate.gate.ApprovalStatus;
import io.cxgate.gate.DecisionReview;
import io.cxgate.gate.GateContext;
import io.cxgate.gate.Refusal;
import io.cxgate.gate.SameJson;
import io.cxgate.gate.StoreFactory;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.identity.Identity;
import io.cxgate.identity.IdentityRule;
import io.cxgate.livecopy.LiveCopies.Moment;
import io.cxgate.policy.Decision;
import io.cxgate.record.BlobKind;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.Holder;
import io.cxgate.record.Lock;
import io.cxgate.record.LockResult;
import io.cxgate.record.NewEntry;
import io.cxgate.record.RecordStore;
import io.cxgate.planning.PlanService;
import io.cxgate.terraform.CommonsExecTerraformRunner;
import io.cxgate.terraform.TerraformCommands;
import io.cxgate.terraform.TerraformOutputs;
import io.cxgate.terraform.TerraformOutputs.StateFacts;
import io.cxgate.terraform.TerraformResult;
import io.cxgate.terraform.TerraformRunner;
import io.cxgate.terraform.TerraformSetup;
import io.cxgate.terraform.TerraformSteps;

/**
 * {@code cxgate apply} (ARCHITECTURE.md, "Apply"): five checks in order, stopping at the first that fails (bundle
 * integrity 7, decision 4 / approvals 3, promotion 7, environment lock 7, staleness 7); then {@code apply-started}
 * with the pre-state snapshot, configuration archive and (with org access) the redacted live copies of the touched
 * objects as blobs, {@code terraform apply} of the bundle's planfile under a renewed lock, the new state pulled, the
 * live copies after the apply, {@code apply-finished}, the lock released.
 */
public final class ApplyService {
    private final Map<String, String> environment;
    private final Function<String, TerraformRunner> runners;
    private final Clock clock;
    private final ResourceCatalog catalog;
    private final StoreFactory stores;
    private final Consumer<String> notices;
    private final Duration renewEvery;
    /** How long a stopping JVM waits for an interrupted apply to be recorded: terraform's grace, then the record. */
    private static final Duration STOP_PATIENCE = CommonsExecTerraformRunner.DEFAULT_KILL_GRACE.plusSeconds(30);
    private static final String STOPPED = "interrupted: cxgate was stopped (SIGTERM or Ctrl-C) while terraform applied";

    /**
     * @param notices    one-line notices for stderr (a stale lock taken over, unencrypted secrets at rest)
     * @param renewEvery how often the lock is renewed while terraform runs ({@link Lock#RENEW_EVERY})
     */
    public ApplyService(Map<String, String> environment, Function<String, TerraformRunner> runners, Clock clock,
            ResourceCatalog catalog, StoreFactory stores, Consumer<String> notices, Duration renewEvery) {
        this.environment = Map.copyOf(environment);
        this.runners = Objects.requireNonNull(runners, "runners");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.renewEvery = Objects.requireNonNull(renewEvery, "renewEvery");
    }

    public ApplyResult apply(ApplyRequest request) {
        Identity identity = IdentityRule.resolve(request.by(), environment, IdentityRule.Need.ANY);
        GateContext gate = GateContext.open(request.bundleDir(), request.configFile(), request.workingDir());
        Optional<Refusal> altered = gate.alteredWithoutTerraform();
        if (altered.isPresent()) {
            return new ApplyResult.Refused(altered.get());
        }
        EnvironmentConfig env = gate.environment();
        TerraformSettings terraform = gate.terraform();
        EnvironmentContext context = EnvironmentContext.resolve(gate.config(), env.name(), environment);
        TerraformSetup setup = TerraformSetup.of(context, terraform, environment);
        try (RecordStore store = stores.open(gate); Scratch scratch = Scratch.create()) {
            // a rollback bundle is checked and applied in the configuration it planned, not today's checkout
            Optional<ArchivedConfiguration> archived = gate.bundle().bundle().rollback().map(r ->
                    ArchivedConfiguration.extract(store, r.restores(), scratch.file("configuration")));
            EnvironmentConfig inputs = archived.map(a -> a.environment(env, terraform.dir(), gate.configDir())).orElse(env);
            TerraformSettings source = archived.map(a -> a.terraform(terraform)).orElse(terraform);
            TerraformSteps steps = setup.steps(runners.apply(terraform.binary()), source, Optional.empty());
            steps.initialise(inputs.backendConfig(), env.workspace(),
                    PlanService.dataDirHint(env.name(), DisplayPaths.relativeTo(gate.workingDir(), setup.dataDir())));
            Checked checked = integrity(gate, steps, source, setup, scratch);
            if (checked.refusal != null) {
                return new ApplyResult.Refused(checked.refusal);
            }
            DecisionReview.Review review = new DecisionReview(catalog, environment, clock).review(gate.bundle(),
                    request.configFile(), gate.config(), gate.workingDir(), Optional.empty());
            ApprovalStatus approvals = ApprovalStatus.of(review.decision(), gate.approvals(store), gate.approvers());
            Optional<Refusal> refusal = decision(gate, approvals).or(() -> promotion(gate, env, store));
            if (refusal.isPresent()) {
                return new ApplyResult.Refused(refusal.get());
            }
            LockResult locked = store.tryLock(env.name(), Holder.current(identity.name()), gate.bundle().digest());
            if (locked instanceof LockResult.HeldBy held) {
                return new ApplyResult.Refused(new Refusal(Refusal.Kind.LOCKED, "environment " + env.name()
                        + " is locked: " + held.lock().describe() + " is applying; wait for it to finish, or when that"
                        + " process is gone for good run cxgate unlock --env " + env.name() + " --reason TEXT"));
            }
            Lock lock = ((LockResult.Acquired) locked).lock();
            ((LockResult.Acquired) locked).tookOver().ifPresent(t -> notices.accept("cxgate: " + t.describe()));
            OrgCopies copies = new OrgCopies(context, clock, notices);
            ReconnectingStore recording = new ReconnectingStore(store, () -> stores.open(gate), environment, notices);
            ShutdownGuard guard = ShutdownGuard.install(STOP_PATIENCE);
            try {
                return underLock(gate, inputs, source, steps, scratch, recording, lock, identity, checked.artifact,
                        approvals, review, copies, guard);
            } finally {
                recording.release(lock);
                recording.closeReopened();
                guard.close();
            }
        }
    }

    /** The outcome of check 1 with terraform: the artifact terraform will apply, or why the bundle is altered. */
    private record Checked(PlannedArtifact artifact, Refusal refusal) {
    }

    private Checked integrity(GateContext gate, TerraformSteps steps, TerraformSettings terraform, TerraformSetup setup,
            Scratch scratch) {
        Path planFile = gate.bundle().file(Bundle.PLAN_FILE);
        Path planJson = gate.bundle().file(Bundle.PLAN_JSON);
        Path shown = scratch.file("show.json");
        TerraformResult show = steps.attemptCaptureTo(TerraformCommands.SHOW, TerraformCommands.showJson(planFile), shown);
        if (!show.succeeded()) {
            return new Checked(null, gate.bundle().altered("terraform cannot read " + Bundle.PLAN_FILE + " ("
                    + show.errorSummary().orElse("exit " + show.exitCode()) + ")"));
        }
        try {
            if (!SameJson.same(shown, planJson)) {
                return new Checked(null, gate.bundle().altered(Bundle.PLAN_FILE + " holds another plan than "
                        + Bundle.PLAN_JSON + " describes (terraform show -json differs), so the report is not about"
                        + " what would be applied"));
            }
        } catch (IOException e) {
            return new Checked(null, gate.bundle().altered("terraform show -json of " + Bundle.PLAN_FILE
                    + " is not the JSON " + Bundle.PLAN_JSON + " holds (" + e.getMessage() + ")"));
        }
        PlannedArtifact artifact;
        try {
            artifact = ArtifactManifest.ofPlanfile(terraform.dir(), planFile, planJson, List.of(setup.dataDir()));
        } catch (ArtifactManifest.PlanfileException e) {
            return new Checked(null, gate.bundle().altered(e.getMessage()));
        }
        String expected = gate.bundle().bundle().artifactDigest();
        if (!artifact.artifact().digest().equals(expected)) {
            return new Checked(null, gate.bundle().altered("the configuration terraform would apply (artifact "
                    + Digests.brief(artifact.artifact().digest()) + ") is not the one bundle.json names ("
                    + Digests.brief(expected) + ")"));
        }
        return new Checked(artifact, null);
    }

    private static Optional<Refusal> decision(GateContext gate, ApprovalStatus approvals) {
        Decision decision = approvals.decision();
        if (decision.outcome() == Decision.Outcome.DENY) {
            return Optional.of(new Refusal(Refusal.Kind.DENIED, "denied: " + String.join("; ", decision.reasons())
                    + " (change the configuration and plan again)"));
        }
        if (!approvals.satisfied()) {
            return Optional.of(new Refusal(Refusal.Kind.APPROVALS_MISSING, "approvals required: missing "
                    + approvals.missingText() + " for bundle " + Digests.brief(gate.bundle().digest())
                    + "; an approver runs cxgate approve --bundle " + gate.bundle().dir().getFileName()));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> promotion(GateContext gate, EnvironmentConfig env, RecordStore store) {
        if (env.promotedFrom().isEmpty()) {
            return Optional.empty();
        }
        String source = env.promotedFrom().get();
        String artifact = gate.bundle().bundle().artifactDigest();
        boolean applied = store.entries(EntryQuery.all().environment(source).kind(EntryKind.APPLY_FINISHED)).stream()
                .anyMatch(e -> e.bodyText(ApplyEntries.RESULT).filter(ApplyEntries.SUCCEEDED::equals).isPresent()
                        && e.bodyText(ApplyEntries.ARTIFACT_DIGEST).filter(artifact::equals).isPresent());
        if (applied) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(Refusal.Kind.NOT_PROMOTED, env.name() + " is promoted from " + source
                + ": artifact " + Digests.brief(artifact) + " has no succeeded apply in " + source
                + "; apply the same commit to " + source + " first"));
    }

    private ApplyResult underLock(GateContext gate, EnvironmentConfig env, TerraformSettings terraform,
            TerraformSteps steps, Scratch scratch, ReconnectingStore recording, Lock lock, Identity identity,
            PlannedArtifact artifact, ApprovalStatus approvals, DecisionReview.Review review, OrgCopies copies,
            ShutdownGuard guard) {
        RecordStore store = recording.current();
        Bundle bundle = gate.bundle().bundle();
        Path preState = scratch.file("pre-state.json");
        steps.capturedTo(TerraformCommands.STATE_PULL, TerraformCommands.statePull(), preState);
        byte[] state = read(preState);
        StateFacts before = TerraformOutputs.state(state);
        Optional<Refusal> stale = staleness(bundle, before);
        if (stale.isPresent()) {
            return new ApplyResult.Refused(stale.get());
        }
        if (env.isProtected() && !store.encrypts()) {
            notices.accept("cxgate: warning: records.encryptionKeyEnv is not set, so the state snapshot and configuration"
                    + " archive of " + env.name() + " are stored unencrypted in " + store.location());
        }
        Optional<String> stateBlob = before.serial().isPresent()
                ? Optional.of(store.putBlob(BlobKind.STATE_SNAPSHOT, state)) : Optional.empty();
        String archive = store.putBlob(BlobKind.CONFIGURATION_ARCHIVE, ConfigurationArchive.build(terraform.dir(),
                gate.configDir(), artifact, env, bundle.createdAt()));
        OrgCopies.Outcome copiesBefore = copies.take(review.report().changes(), Moment.BEFORE, store);
        Entry started = store.append(NewEntry.withBlobs(EntryKind.APPLY_STARTED, env.name(), identity,
                ApplyEntries.started(bundle, gate.bundle().digest(), approvals, review.report(), before)
                        .set(ApplyEntries.LIVE_COPIES, copiesBefore.summary()),
                ApplyEntries.blobs(stateBlob, archive, copiesBefore.blob())));
        notices.accept("cxgate: " + started.id() + " started (chain head " + started.headRef() + ")");

        long startedAt = System.nanoTime();
        TerraformResult result;
        try (LockRenewal renewal = LockRenewal.start(store, lock, renewEvery, notices)) {
            result = steps.run(TerraformCommands.APPLY, TerraformCommands.apply(gate.bundle().file(Bundle.PLAN_FILE),
                    terraform.lockTimeout()));
        } catch (RuntimeException e) {
            finish(recording, started, identity, bundle, gate, false, Optional.empty(), startedAt,
                    Optional.of((guard.stopping() ? STOPPED + ": " : "") + e.getMessage()), Optional.empty());
            throw e;
        }
        if (guard.stopping()) {     // no new process may start now: the state is not pulled
            String error = STOPPED + "; terraform stopped with exit " + result.exitCode()
                    + "; the state may be partly applied: run cxgate plan --env " + env.name() + " to see it";
            Entry finished = finish(recording, started, identity, bundle, gate, false, Optional.empty(), startedAt,
                    Optional.of(error), Optional.empty());
            return new ApplyResult.Failed(started.id(), finished.headRef(), error);
        }
        Optional<Long> newSerial = newSerial(steps, scratch);
        Optional<String> error = result.succeeded() ? Optional.empty() : Optional.of(failure(result));
        OrgCopies.Outcome copiesAfter = copies.take(review.report().changes(), Moment.AFTER, recording.current());
        Entry finished = finish(recording, started, identity, bundle, gate, result.succeeded(), newSerial, startedAt,
                error, Optional.of(copiesAfter));
        return result.succeeded()
                ? new ApplyResult.Applied(started.id(), finished.headRef(), newSerial)
                : new ApplyResult.Failed(started.id(), finished.headRef(), "terraform apply failed"
                        + (result.timedOut() ? " (timed out)" : " (exit " + result.exitCode() + ")") + ": " + error.get());
    }

    private static Entry finish(ReconnectingStore store, Entry started, Identity identity, Bundle bundle,
            GateContext gate, boolean succeeded, Optional<Long> newSerial, long startedAt, Optional<String> error,
            Optional<OrgCopies.Outcome> copiesAfter) {
        Duration duration = Duration.ofNanos(System.nanoTime() - startedAt);
        ObjectNode body = ApplyEntries.finished(bundle, gate.bundle().digest(), succeeded, newSerial, duration, error);
        copiesAfter.ifPresent(c -> body.set(ApplyEntries.LIVE_COPIES_AFTER, c.summary()));
        Map<String, String> blobs = copiesAfter.flatMap(OrgCopies.Outcome::blob)
                .map(b -> Map.of(ApplyEntries.LIVE_COPIES_AFTER, b)).orElse(Map.of());
        try {
            return store.appendFinished(started, new NewEntry(EntryKind.APPLY_FINISHED, started.environment(),
                    identity, body, blobs, Optional.of(started.id())));
        } catch (CxgateException e) {
            throw new CxgateException(started.id() + ": terraform apply " + (succeeded ? "succeeded" : "failed")
                    + " but is not recorded: " + e.getMessage() + "; cxgate history shows " + started.id()
                    + " as interrupted once its lock goes stale", e);
        }
    }

    /** The serial after the apply; empty (with a notice) when the state cannot be pulled now. */
    private Optional<Long> newSerial(TerraformSteps steps, Scratch scratch) {
        try {
            Path after = scratch.file("post-state.json");
            steps.capturedTo(TerraformCommands.STATE_PULL, TerraformCommands.statePull(), after);
            return TerraformOutputs.state(read(after)).serial();
        } catch (CxgateException e) {
            notices.accept("cxgate: warning: the state after the apply could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Why terraform failed, for the record: its error line; for a terraform killed by a signal (exit 128 + n: the OOM
     * killer, a runner stopping the job) that signal first, since its last output line is progress, not an error.
     */
    static String failure(TerraformResult result) {
        if (!result.timedOut() && result.exitCode() > 128 && result.exitCode() < 128 + 32) {
            int signal = result.exitCode() - 128;
            String name = switch (signal) {
                case 9 -> " (SIGKILL)";
                case 15 -> " (SIGTERM)";
                case 2 -> " (SIGINT)";
                case 6 -> " (SIGABRT)";
                default -> "";
            };
            return "terraform was killed by signal " + signal + name + result.errorSummary()
                    .map(line -> "; last output: " + line).orElse("");
        }
        return result.errorSummary().orElse(result.timedOut() ? "timed out" : "exit " + result.exitCode());
    }

    static Optional<Refusal> staleness(Bundle bundle, StateFacts now) {
        if (bundle.stateLineage().equals(now.lineage()) && bundle.stateSerial().equals(now.serial())) {
            return Optional.empty();
        }
        String what;
        if (bundle.stateLineage().isPresent() && now.lineage().isPresent()
                && !bundle.stateLineage().get().equals(now.lineage().get())) {
            what = "the state's lineage is " + now.lineage().get() + ", not the plan's " + bundle.stateLineage().get();
        } else {
            what = "the state moved from serial " + bundle.stateSerial().map(String::valueOf).orElse("none (no state)")
                    + " to " + now.serial().map(String::valueOf).orElse("none (no state)") + " since the plan";
        }
        String again = bundle.rollback().map(r -> "cxgate rollback --deployment " + r.of())
                .orElse("cxgate plan --env " + bundle.environment());
        return Optional.of(new Refusal(Refusal.Kind.STALE_PLAN, "stale plan: " + what + "; run " + again + " again"));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CxgateException("read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
