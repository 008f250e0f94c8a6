package io.cxgate.history;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;
import io.cxgate.config.ConfigLoader;
import io.cxgate.config.CxgateConfig;
import io.cxgate.config.RecordsSettings;
import io.cxgate.livecopy.EditsSinceDeployment;
import io.cxgate.livecopy.LiveCopies;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.Holder;
import io.cxgate.record.Lock;
import io.cxgate.record.RecordStore;
import io.cxgate.record.RecordsService.StoreRequest;
import io.cxgate.report.Report;
import io.cxgate.report.ReportReader;

/**
 * {@code cxgate history} and {@code cxgate show}: read the records store, write nothing. Reads only what the records
 * carry (redacted reports, digests, identities, redacted live copies), never a state snapshot or archive.
 */
public final class HistoryService {

    private final Map<String, String> environment;
    private final Clock clock;
    private final Lock.Processes processes;

    public HistoryService(Map<String, String> environment, Clock clock, Lock.Processes processes) {
        this.environment = Map.copyOf(environment);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.processes = Objects.requireNonNull(processes, "processes");
    }

    public static HistoryService standard(Map<String, String> environment) {
        return new HistoryService(environment, Clock.systemUTC(), Lock.Processes.local());
    }

    /** Deployments newest first, at most {@code limit}, of {@code env} when given. */
    public List<Deployment> deployments(StoreRequest request, Optional<String> env, int limit) {
        requireLimit(limit);
        try (RecordStore store = open(request, env)) {
            return deployments(store, env).stream().limit(limit).toList();
        }
    }

    /** Drift checks newest first, at most {@code limit}, of {@code env} when given. */
    public List<DriftCheck> driftChecks(StoreRequest request, Optional<String> env, int limit) {
        requireLimit(limit);
        try (RecordStore store = open(request, env)) {
            EntryQuery query = env.map(EntryQuery.all()::environment).orElse(EntryQuery.all()).kind(EntryKind.DRIFT_CHECK);
            List<Entry> entries = new ArrayList<>(store.entries(query));
            entries.sort(Comparator.comparingLong(Entry::seq).reversed());
            return entries.stream().limit(limit).map(DriftCheck::of).toList();
        }
    }

    /** One deployment in full; exit 2 when the store has no deployment {@code id}. */
    public Shown show(StoreRequest request, String id, boolean objects) {
        try (RecordStore store = open(request, Optional.empty())) {
            List<Entry> entries = store.entries(EntryQuery.all().id(id));
            Entry started = entries.stream().filter(e -> e.kind() == EntryKind.APPLY_STARTED).findFirst()
                    .orElseThrow(() -> new InvalidInputException(store.location() + " has no deployment '" + id
                            + "' (cxgate history lists them)"));
            Optional<Entry> finished = entries.stream().filter(e -> e.kind() == EntryKind.APPLY_FINISHED).findFirst();
            Deployment deployment = Deployment.of(started, finished, liveLock(store, started.environment()));
            Report report = ReportReader.read(started.body().path("report"), id + " (records, report)");
            Optional<Map<String, JsonNode>> copies = objects ? Optional.of(liveCopies(store, started))
                    : Optional.empty();
            long head = store.head().map(Entry::seq).orElse(0L);
            return new Shown(deployment, head, report, copies);
        }
    }

    /** Every deployment of the store (of {@code env} when given), newest first. */
    public List<Deployment> deployments(RecordStore store, Optional<String> env) {
        EntryQuery base = env.map(EntryQuery.all()::environment).orElse(EntryQuery.all());
        Map<String, Entry> finished = store.entries(base.kind(EntryKind.APPLY_FINISHED)).stream()
                .collect(Collectors.toMap(Entry::id, Function.identity(), (a, b) -> a));
        Map<String, Optional<Lock>> locks = new LinkedHashMap<>();
        List<Deployment> deployments = new ArrayList<>();
        for (Entry started : store.entries(base.kind(EntryKind.APPLY_STARTED))) {
            Optional<Lock> lock = locks.computeIfAbsent(started.environment(), e -> liveLock(store, e));
            deployments.add(Deployment.of(started, Optional.ofNullable(finished.get(started.id())), lock));
        }
        deployments.sort(Comparator.comparingLong((Deployment d) -> d.started().seq()).reversed());
        return deployments;
    }

    private Optional<Lock> liveLock(RecordStore store, String env) {
        Holder here = Holder.current("cxgate-history");
        return store.lock(env).filter(l -> !l.liveness(clock.instant(), here, processes).isStale());
    }

    /** The live copies {@code apply} stored before the change: address → copy (state, id, redacted entity). */
    private static Map<String, JsonNode> liveCopies(RecordStore store, Entry started) {
        Map<String, JsonNode> copies = new LinkedHashMap<>();
        String digest = started.blobs().get(EditsSinceDeployment.BEFORE_BLOB);
        if (digest != null) {
            byte[] bytes = store.blob(digest).orElseThrow(() -> new CxgateException(store.location() + ": "
                    + started.id() + " names live copies " + digest + ", which the store does not hold"));
            LiveCopies.parse(bytes, started.id() + " live copies " + digest).copies()
                    .forEach(c -> copies.put(c.address(), c.toJson()));
        }
        return copies;
    }

    private RecordStore open(StoreRequest request, Optional<String> env) {
        Optional<CxgateConfig> config = ConfigLoader.load(request.configFile(), request.workingDir());
        env.ifPresent(e -> config.ifPresent(c -> c.environment(e)));
        return RecordStore.open(RecordsSettings.of(config, request.workingDir()), environment);
    }

    private static void requireLimit(int limit) {
        if (limit < 1) {
            throw new InvalidInputException("--limit: " + limit + " is not a positive number");
        }
    }
}
