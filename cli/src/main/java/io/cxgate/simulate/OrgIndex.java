package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.cxgate.CxgateException;
import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.DivisionView;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSource;
import io.cxgate.simulate.Wants.Lookup;

/**
 * The org as far as the checks asked for it: each listed type indexed by ID, name and (users)
 * email, and the answers of the dependency lookups. Built by {@link #fetch}, which asks for all
 * types and lookups at once; never changed afterwards ({@link #plus} makes a bigger copy).
 */
final class OrgIndex {
    /** Threads that ask the org at once; the API client's own concurrency limit still applies. */
    static final int PARALLELISM = 8;

    private final Map<String, TypeIndex> types;
    private final Map<Lookup, List<Dependency>> consumers;
    /** Queue ID → its members' user IDs; a queue the source cannot tell about maps to an empty Optional. */
    private final Map<String, Optional<List<String>>> members;
    /** Flow ID → what its published version uses. */
    private final Map<String, List<Dependency>> consumed;
    /** Queue ID → the wrap-up codes it offers; empty Optional when the source cannot tell. */
    private final Map<String, Optional<List<String>>> wrapupCodes;
    /** Resource type → which divisions the client may read it in, for the types asked. */
    private final Map<String, Optional<DivisionView>> views;

    private OrgIndex(Map<String, TypeIndex> types, Map<Lookup, List<Dependency>> consumers,
            Map<String, Optional<List<String>>> members, Map<String, List<Dependency>> consumed,
            Map<String, Optional<List<String>>> wrapupCodes, Map<String, Optional<DivisionView>> views) {
        this.types = Map.copyOf(types);
        this.consumers = Map.copyOf(consumers);
        this.members = Map.copyOf(members);
        this.consumed = Map.copyOf(consumed);
        this.wrapupCodes = Map.copyOf(wrapupCodes);
        this.views = Map.copyOf(views);
    }

    static OrgIndex empty() {
        return new OrgIndex(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** Lists the wanted types and runs the lookups not answered yet, concurrently. */
    OrgIndex plus(Wants wants) {
        OrgSource org = wants.org();
        Map<String, TypeIndex> moreTypes = new LinkedHashMap<>(types);
        Map<Lookup, List<Dependency>> moreConsumers = new java.util.concurrent.ConcurrentHashMap<>(consumers);
        List<Callable<Void>> tasks = new ArrayList<>();
        List<String> toList = wants.types().stream().filter(t -> !types.containsKey(t)).sorted().toList();
        for (String type : toList) {
            tasks.add(() -> {
                org.objects(type);
                return null;
            });
        }
        for (Lookup lookup : wants.lookups()) {
            if (!consumers.containsKey(lookup)) {
                tasks.add(() -> {
                    moreConsumers.put(lookup, org.consumersOf(lookup.id(), lookup.objectType()));
                    return null;
                });
            }
        }
        Map<String, Optional<List<String>>> moreMembers = new java.util.concurrent.ConcurrentHashMap<>(members);
        for (String queueId : wants.members()) {
            if (!members.containsKey(queueId)) {
                tasks.add(() -> {
                    moreMembers.put(queueId, org.queueMembers(queueId));
                    return null;
                });
            }
        }
        Map<String, List<Dependency>> moreConsumed = new java.util.concurrent.ConcurrentHashMap<>(consumed);
        for (OrgObject flow : wants.consumed()) {
            if (!consumed.containsKey(flow.id())) {
                tasks.add(() -> {
                    moreConsumed.put(flow.id(), org.consumedBy(flow));
                    return null;
                });
            }
        }
        Map<String, Optional<List<String>>> moreCodes = new java.util.concurrent.ConcurrentHashMap<>(wrapupCodes);
        for (String queueId : wants.wrapupCodes()) {
            if (!wrapupCodes.containsKey(queueId)) {
                tasks.add(() -> {
                    moreCodes.put(queueId, org.queueWrapupCodes(queueId));
                    return null;
                });
            }
        }
        Map<String, Optional<DivisionView>> moreViews = new java.util.concurrent.ConcurrentHashMap<>(views);
        for (String type : wants.views()) {
            if (!views.containsKey(type)) {
                tasks.add(() -> {
                    moreViews.put(type, org.divisionView(type));
                    return null;
                });
            }
        }
        run(tasks);
        for (String type : toList) {
            moreTypes.put(type, new TypeIndex(org.objects(type)));
        }
        return new OrgIndex(moreTypes, moreConsumers, moreMembers, moreConsumed, moreCodes, moreViews);
    }

    static OrgIndex fetch(Wants wants) {
        return empty().plus(wants);
    }

    /** Whether this type was listed (absence of an object proves something only then). */
    boolean listed(String type) {
        return types.containsKey(type);
    }

    /** Every object of a listed type; empty for a type not listed. */
    List<OrgObject> all(String type) {
        TypeIndex index = types.get(type);
        return index == null ? List.of() : index.all;
    }

    Optional<OrgObject> find(String type, String id) {
        TypeIndex index = types.get(type);
        return index == null ? Optional.empty() : Optional.ofNullable(index.byId.get(id));
    }

    /** Objects of a listed type with one of these names (case-insensitive). */
    List<OrgObject> byName(String type, List<String> candidates) {
        TypeIndex index = types.get(type);
        return index == null ? List.of() : TypeIndex.lookup(index.names, candidates);
    }

    /** Users with one of these emails (case-insensitive). */
    List<OrgObject> byEmail(String type, List<String> candidates) {
        TypeIndex index = types.get(type);
        return index == null ? List.of() : TypeIndex.lookup(index.emails, candidates);
    }

    /** The answer to a lookup that was asked, or empty when it was not. */
    Optional<List<Dependency>> consumersOf(String id, String objectType) {
        return Optional.ofNullable(consumers.get(new Lookup(id, objectType)));
    }

    /**
     * A queue's members' user IDs: empty when not asked for or when the source cannot tell (an old
     * snapshot); asked-for queues with no members give an empty list.
     */
    Optional<List<String>> membersOf(String queueId) {
        return members.getOrDefault(queueId, Optional.empty());
    }

    /** Whether a queue's members were asked for (and so {@link #membersOf} is the source's answer). */
    boolean asked(String queueId) {
        return members.containsKey(queueId);
    }

    /** Whether a queue's wrap-up codes were asked for (and so {@link #wrapupCodesOf} is the source's answer). */
    boolean askedWrapupCodes(String queueId) {
        return wrapupCodes.containsKey(queueId);
    }

    /** The wrap-up codes a queue offers: empty when not asked for or when the source cannot tell. */
    Optional<List<String>> wrapupCodesOf(String queueId) {
        return wrapupCodes.getOrDefault(queueId, Optional.empty());
    }

    /** What a flow's published version uses, as far as it was asked for. */
    List<Dependency> consumedBy(String flowId) {
        return consumed.getOrDefault(flowId, List.of());
    }

    /** Which divisions the client may read a type in, when it was asked ({@link Wants#divisionView}). */
    Optional<DivisionView> divisionView(String type) {
        return views.getOrDefault(type, Optional.empty());
    }

    Set<String> listedTypes() {
        return types.keySet();
    }

    private static void run(List<Callable<Void>> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        if (tasks.size() == 1) {
            try {
                tasks.get(0).call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CxgateException("live-org check: " + e.getMessage(), e);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLELISM, tasks.size()), runnable -> {
            Thread thread = new Thread(runnable, "cxgate-simulate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> futures = pool.invokeAll(tasks);
            for (Future<Void> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    futures.forEach(f -> f.cancel(true));
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new CxgateException("live-org check: " + e.getCause(), e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CxgateException("live-org check interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One type's objects by ID, by lower-cased name and (users) by lower-cased email. */
    private static final class TypeIndex {
        final List<OrgObject> all;
        final Map<String, OrgObject> byId = new HashMap<>();
        final Map<String, List<OrgObject>> names = new HashMap<>();
        final Map<String, List<OrgObject>> emails = new HashMap<>();

        TypeIndex(List<OrgObject> objects) {
            this.all = List.copyOf(objects);
            for (OrgObject o : objects) {
                byId.put(o.id(), o);
                names.computeIfAbsent(o.name().toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(o);
                String email = o.text("email");
                if (email != null) {
                    emails.computeIfAbsent(email.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(o);
                }
            }
        }

        static List<OrgObject> lookup(Map<String, List<OrgObject>> map, List<String> candidates) {
            List<OrgObject> out = new ArrayList<>();
            for (String candidate : candidates) {
                for (OrgObject o : map.getOrDefault(candidate.toLowerCase(Locale.ROOT), List.of())) {
                    if (!out.contains(o)) {
                        out.add(o);
                    }
                }
            }
            return out;
        }
    }
}
