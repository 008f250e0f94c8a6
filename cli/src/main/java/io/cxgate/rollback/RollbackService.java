package io.cxgate.rollback;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.cxgate.InvalidInputException;
import io.cxgate.apply.ArchivedConfiguration;
import io.cxgate.apply.internal.Scratch;
import io.cxgate.bundle.Bundle;
import io.cxgate.check.SimulationChoice;
import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.EnvironmentConfig;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.config.RecordsSettings;
import io.cxgate.config.TerraformSettings;
import io.cxgate.console.Progress;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.history.Deployment;
import io.cxgate.history.HistoryService;
import io.cxgate.record.Entry;
import io.cxgate.record.RecordStore;
import io.cxgate.planning.PlanOutcome;
import io.cxgate.planning.PlanRequest;
import io.cxgate.planning.PlanService;
import io.cxgate.planning.RollbackSource;
import io.cxgate.terraform.TerraformRunner;

/**
 * {@code cxgate rollback} (ARCHITECTURE.md, "History, show, rollback, state restore"): finds the last succeeded
 * deployment in the same environment before the one rolled back, unpacks its configuration archive into a scratch
 * directory, and runs {@code cxgate plan}'s sequence there against today's state (the environment's own data
 * directory and credentials), writing an ordinary bundle marked {@code rollbackOf}. The bundle then goes through
 * approve and apply like any other.
 */
public final class RollbackService {
    private static final int SHORT_COMMIT = 7;

    private final Map<String, String> environment;
    private final Function<String, TerraformRunner> runners;
    private final Clock clock;
    private final ResourceCatalog catalog;
    private final Progress progress;
    private final EditedSince editedSince;

    /**
     * @param editedSince finds objects edited in the org since the restored deployment ({@link EditedSince#NONE}
     *                    until apply stores live copies)
     */
    public RollbackService(Map<String, String> environment, Function<String, TerraformRunner> runners, Clock clock,
            ResourceCatalog catalog, Progress progress, EditedSince editedSince) {
        this.environment = Map.copyOf(environment);
        this.runners = Objects.requireNonNull(runners, "runners");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.editedSince = Objects.requireNonNull(editedSince, "editedSince");
    }

    public RollbackOutcome rollback(RollbackRequest request) {
        Path workingDir = request.workingDir().toAbsolutePath().normalize();
        Optional<CxgateConfig> config = ConfigLoader.load(request.configFile(), workingDir);
        TerraformSettings checkout = config.map(CxgateConfig::terraform)
                .orElseGet(() -> TerraformSettings.defaults(workingDir));
        Path configDir = config.map(c -> c.file().getParent()).orElse(workingDir);
        try (Scratch scratch = Scratch.create()) {
            Found found;
            EditedSince.Edits edits;
            ArchivedConfiguration archived;
            EnvironmentConfig env;
            try (RecordStore store = RecordStore.open(RecordsSettings.of(config, workingDir), environment)) {
                found = find(store, request.deployment());
                env = config.map(c -> c.environment(found.target.environment()))
                        .orElseGet(() -> EnvironmentConfig.adHoc(found.target.environment()));
                archived = ArchivedConfiguration.extract(store, found.restored.id(), scratch.file("configuration"));
                edits = editedSince.find(EnvironmentContext.resolve(config, env.name(), environment), store,
                        found.restored.started(), found.later.stream().map(Deployment::started).toList());
            }
            RollbackOutcome.Undone rolledBack = undone(found.target);
            RollbackOutcome.Undone restored = undone(found.restored);
            List<RollbackOutcome.Undone> undoes = found.later.stream().map(RollbackService::undone).toList();
            RollbackSource source = new RollbackSource(archived.terraform(checkout),
                    archived.environment(env, checkout.dir(), configDir), found.restored.gitCommit(),
                    new Bundle.Rollback(rolledBack.id(), restored.id()), notes(restored, undoes, edits));
            PlanOutcome plan = new PlanService(environment, runners, clock, catalog).withProgress(progress)
                    .plan(new PlanRequest(env.name(), request.configFile(), workingDir, request.out(),
                            SimulationChoice.fromConfig(), Optional.empty(), Optional.empty()), Optional.of(source));
            return new RollbackOutcome(plan, rolledBack, restored, undoes, edits.objects());
        }
    }

    /** The deployment rolled back, the one restored, those after it (oldest first). */
    private record Found(Deployment target, Deployment restored, List<Deployment> later) {
    }

    private static Found find(RecordStore store, String id) {
        List<Deployment> all = HistoryService.standard(Map.of()).deployments(store, Optional.empty());
        Deployment target = all.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException(store.location() + " has no deployment '" + id
                        + "' (cxgate history lists them)"));
        List<Deployment> sameEnv = all.stream().filter(d -> d.environment().equals(target.environment()))
                .sorted(Comparator.comparingLong(d -> d.started().seq())).toList();
        Deployment restored = sameEnv.stream()
                .filter(d -> d.started().seq() < target.started().seq() && d.result() == Deployment.Result.SUCCEEDED)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new InvalidInputException(id + " has no succeeded deployment before it in "
                        + target.environment() + ", so there is no earlier configuration to roll back to"
                        + (sameEnv.get(0) == target ? " (it is the first deployment there)" : "")));
        List<Deployment> later = sameEnv.stream().filter(d -> d.started().seq() > restored.started().seq()).toList();
        return new Found(target, restored, later);
    }

    private static RollbackOutcome.Undone undone(Deployment d) {
        String commit = d.gitCommit().map(c -> c.substring(0, Math.min(SHORT_COMMIT, c.length()))).orElse("unknown");
        return new RollbackOutcome.Undone(d.id(), d.result().id(), commit);
    }

    /** The sentences the report carries as warnings, so every reviewer of the bundle reads them. */
    static List<String> notes(RollbackOutcome.Undone restored, List<RollbackOutcome.Undone> undoes,
            EditedSince.Edits edits) {
        List<String> notes = new ArrayList<>();
        notes.add("Rollback: this plan restores the configuration of " + restored.id() + " (commit "
                + restored.gitCommit() + ") and undoes " + String.join(", ",
                        undoes.stream().map(RollbackOutcome.Undone::describe).toList()));
        if (!edits.objects().isEmpty()) {
            notes.add("Rollback also overwrites objects edited in the org since " + restored.id() + ": "
                    + String.join(", ", edits.objects()));
        }
        edits.notChecked().ifPresent(why -> notes.add("Rollback: objects edited in the org since " + restored.id()
                + " were not all checked: " + why));
        return notes;
    }
}
