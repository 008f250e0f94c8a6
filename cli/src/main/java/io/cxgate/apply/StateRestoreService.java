package io.cxgate.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.apply.internal.Scratch;
import io.cxgate.check.CheckService;
import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.config.RecordsSettings;
import io.cxgate.config.TerraformSettings;
import io.cxgate.files.DisplayPaths;
import io.cxgate.gate.Refusal;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.identity.Identity;
import io.cxgate.identity.IdentityRule;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.Holder;
import io.cxgate.record.Lock;
import io.cxgate.record.LockResult;
import io.cxgate.record.NewEntry;
import io.cxgate.record.RecordStore;
import io.cxgate.record.RecordsService.StoreRequest;
import io.cxgate.planning.PlanService;
import io.cxgate.terraform.TerraformCommands;
import io.cxgate.terraform.TerraformOutputs;
import io.cxgate.terraform.TerraformOutputs.StateFacts;
import io.cxgate.terraform.TerraformRunner;
import io.cxgate.terraform.TerraformSetup;
import io.cxgate.terraform.TerraformSteps;

/**
 * {@code cxgate state restore}: pushes the pre-state snapshot a deployment recorded back into the environment's
 * backend, under the environment lock, after checking its lineage, and records a {@code state-restore} entry. It
 * changes what Terraform believes, not the org: the break-glass for a state a failed apply left corrupted.
 */
public final class StateRestoreService {
    private final Map<String, String> environment;
    private final Function<String, TerraformRunner> runners;
    private final ResourceCatalog catalog;
    private final Consumer<String> notices;

    public StateRestoreService(Map<String, String> environment, Function<String, TerraformRunner> runners,
            ResourceCatalog catalog, Consumer<String> notices) {
        this.environment = Map.copyOf(environment);
        this.runners = Objects.requireNonNull(runners, "runners");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /** A restore done or refused. */
    public sealed interface Outcome permits Restored, Refused {
    }

    /** @param entry the {@code state-restore} entry */
    public record Restored(Entry entry, Optional<Long> serialBefore, Optional<Long> restoredSerial) implements Outcome {
    }

    public record Refused(Refusal refusal) implements Outcome {
    }

    public Outcome restore(StoreRequest request, String deploymentId, boolean confirmed, Optional<String> by) {
        if (!confirmed) {
            throw new InvalidInputException("state restore overwrites the Terraform state of the deployment's"
                    + " environment (not the org); add --confirm to do it");
        }
        Identity identity = IdentityRule.resolve(by, environment, IdentityRule.Need.ANY);
        Optional<CxgateConfig> config = ConfigLoader.load(request.configFile(), request.workingDir());
        try (RecordStore store = RecordStore.open(RecordsSettings.of(config, request.workingDir()), environment);
             Scratch scratch = Scratch.create()) {
            Entry started = store.entries(EntryQuery.all().id(deploymentId).kind(EntryKind.APPLY_STARTED)).stream()
                    .findFirst().orElseThrow(() -> new InvalidInputException(store.location() + " has no deployment '"
                            + deploymentId + "' (cxgate history lists them)"));
            String digest = Optional.ofNullable(started.blobs().get("preState")).orElseThrow(() ->
                    new InvalidInputException(deploymentId + " has no pre-state snapshot (the environment had no"
                            + " state before it); nothing to restore"));
            byte[] snapshot = store.blob(digest).orElseThrow(() -> new CxgateException(store.location() + ": "
                    + deploymentId + " names snapshot " + digest + ", which the store does not hold"));
            EnvironmentConfig env = config.map(c -> c.environment(started.environment()))
                    .orElseGet(() -> EnvironmentConfig.adHoc(started.environment()));
            TerraformSettings terraform = config.map(CxgateConfig::terraform)
                    .orElseGet(() -> TerraformSettings.defaults(request.workingDir()));
            TerraformSetup setup = TerraformSetup.of(EnvironmentContext.resolve(config, env.name(), environment),
                    terraform, environment);
            TerraformSteps steps = setup.steps(runners.apply(terraform.binary()), terraform, Optional.empty());
            steps.initialise(env.backendConfig(), env.workspace(), PlanService.dataDirHint(env.name(),
                    DisplayPaths.relativeTo(request.workingDir().toAbsolutePath(), setup.dataDir())));
            LockResult locked = store.tryLock(env.name(), Holder.current(identity.name()), "state-restore " + deploymentId);
            if (locked instanceof LockResult.HeldBy held) {
                return new Refused(new Refusal(Refusal.Kind.LOCKED, "environment " + env.name() + " is locked: "
                        + held.lock().describe() + " is applying; wait for it to finish, or when that process is"
                        + " gone for good run cxgate unlock --env " + env.name() + " --reason TEXT"));
            }
            Lock lock = ((LockResult.Acquired) locked).lock();
            ((LockResult.Acquired) locked).tookOver().ifPresent(t -> notices.accept("cxgate: " + t.describe()));
            try {
                return underLock(store, steps, scratch, started, digest, snapshot, identity);
            } finally {
                store.release(lock);
            }
        }
    }

    private static Outcome underLock(RecordStore store, TerraformSteps steps, Scratch scratch, Entry started,
            String digest, byte[] snapshot, Identity identity) {
        Path current = scratch.file("current-state.json");
        steps.capturedTo(TerraformCommands.STATE_PULL, TerraformCommands.statePull(), current);
        StateFacts now = TerraformOutputs.state(read(current));
        StateFacts restored = TerraformOutputs.state(snapshot);
        if (now.lineage().isPresent() && !now.lineage().equals(restored.lineage())) {
            return new Refused(new Refusal(Refusal.Kind.LINEAGE_MISMATCH, "the snapshot of " + started.id()
                    + " has state lineage " + restored.lineage().orElse("(none)") + " but " + started.environment()
                    + "'s current state has " + now.lineage().get() + "; it belongs to another state, not pushed"));
        }
        Path file = scratch.file("restore.tfstate");
        try {
            Files.write(file, snapshot);
        } catch (IOException e) {
            throw new CxgateException("write the snapshot to a scratch file: " + e.getMessage(), e);
        }
        steps.captured(TerraformCommands.STATE_PUSH, TerraformCommands.statePushForce(file));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("deployment", started.id());
        restored.lineage().ifPresentOrElse(l -> body.put("stateLineage", l), () -> body.putNull("stateLineage"));
        now.serial().ifPresentOrElse(s -> body.put("serialBefore", s), () -> body.putNull("serialBefore"));
        restored.serial().ifPresentOrElse(s -> body.put("restoredSerial", s), () -> body.putNull("restoredSerial"));
        Entry entry = store.append(NewEntry.withBlobs(EntryKind.STATE_RESTORE, started.environment(), identity, body,
                Map.of("snapshot", digest)));
        return new Restored(entry, now.serial(), restored.serial());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CxgateException("read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
