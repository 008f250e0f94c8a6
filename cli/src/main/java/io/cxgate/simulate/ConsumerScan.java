package io.cxgate.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.cxgate.genesys.ConsumerEdge;
import io.cxgate.genesys.ConsumerTable;
import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.plan.ResourceChange;
import io.cxgate.simulate.Finding.LiveObject;

/**
 * Who uses an object outside this plan: dependency tracking plus the {@link ConsumerTable}. The
 * same table decides what {@link #want} lists and what {@link #find} scans, for every check that
 * asks (deletes and replaces, flows that publish under a new identity).
 */
final class ConsumerScan {
    private final ConsumerTable table;

    ConsumerScan(ConsumerTable table) {
        this.table = table;
    }

    /**
     * Asks for what {@link #find} needs about object {@code id} of {@code change}'s type.
     *
     * @param objectType its dependency-tracking type, or null when not known yet (a flow: the org's
     *                   flow list tells, and {@link #wantLookup} asks in the second round)
     */
    void want(ResourceChange change, String id, String objectType, Wants wants) {
        if (objectType != null) {
            wantLookup(change, id, objectType, wants);
        } else if (Naming.FLOW.equals(change.type())) {
            wants.type(Naming.FLOW, null);
        }
        for (String consumer : table.consumerTypesOf(change.type())) {
            wants.type(consumer, "what uses " + change.address() + " through " + table.plural(consumer) + " is");
        }
    }

    void wantLookup(ResourceChange change, String id, String objectType, Wants wants) {
        if (wants.org().tracksDependencies()) {
            wants.consumersOf(id, objectType);
        } else {
            wants.warn("the org " + wants.org().sourceName() + " holds no dependency edges (exported without"
                    + " genesyscloud_flow): which flows use " + change.address() + " is not checked");
        }
    }

    /** The consumers that count (not managed objects this plan changes too), tracked ones first. */
    Found find(ResourceChange change, String id, String objectType, Check.Context context) {
        List<Consumer> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (objectType != null) {
            tracked(id, objectType, context, found, seen);
        }
        List<OrgObject> holders = new ArrayList<>();
        Naming naming = context.naming();
        for (ConsumerEdge edge : table.edgesInto(change.type())) {
            if (edge.holder()) {
                holders.addAll(using(edge, id, context, new HashSet<>()));
                continue;
            }
            List<OrgObject> hits = using(edge, id, context, seen);
            hits.sort(Comparator.comparing(OrgObject::name).thenComparing(OrgObject::id));
            String noun = table.noun(edge.consumer()).orElseGet(() -> naming.noun(edge.consumer()));
            for (OrgObject o : hits) {
                found.add(new Consumer(naming.live(o), noun + " \"" + o.name() + "\" (as " + edge.role() + ")", noun,
                        context.plan().isManaged(o.id())));
            }
        }
        holders.sort(Comparator.comparing(OrgObject::name).thenComparing(OrgObject::id));
        return new Found(found, holders);
    }

    private static void tracked(String id, String objectType, Check.Context context, List<Consumer> found,
            Set<String> seen) {
        List<Dependency> sorted = new ArrayList<>(context.org().consumersOf(id, objectType).orElse(List.of()));
        sorted.sort(Comparator.comparing(Dependency::consumerName).thenComparing(Dependency::consumerId));
        Naming naming = context.naming();
        for (Dependency d : sorted) {
            if (d.consumerId().equals(id) || !context.plan().counts(d.consumerId()) || !seen.add(d.consumerId())) {
                continue;
            }
            String resourceType = naming.resourceTypeOf(d.consumerType());
            String noun = resourceType == null ? d.consumerType().toLowerCase(Locale.ROOT) : naming.noun(resourceType);
            found.add(new Consumer(new LiveObject(d.consumerType(), resourceType, d.consumerId(), d.consumerName()),
                    noun + " \"" + d.consumerName() + "\" (" + d.consumerType() + ")", noun,
                    context.plan().isManaged(d.consumerId())));
        }
    }

    /** Org objects of the edge's consumer type whose attribute holds {@code id}, not seen before. */
    private static List<OrgObject> using(ConsumerEdge edge, String id, Check.Context context, Set<String> seen) {
        List<OrgObject> hits = new ArrayList<>();
        for (OrgObject o : context.org().all(edge.consumer())) {
            if (ConsumerEdge.holds(o.attributes().get(edge.attribute()), id) && context.plan().counts(o.id())
                    && seen.add(o.id())) {
                hits.add(o);
            }
        }
        return hits;
    }

    /**
     * What uses an object.
     *
     * @param consumers one by one (flows, routes, IVRs, queues …), tracked ones first
     * @param holders   users holding it (a skill, a language), sorted by name
     */
    record Found(List<Consumer> consumers, List<OrgObject> holders) {
        Found {
            consumers = List.copyOf(consumers);
            holders = List.copyOf(holders);
        }
    }

    /** An object that uses another one. */
    record Consumer(LiveObject object, String display, String noun, boolean managed) {
        /** How messages say who owns the consumer. */
        String owner() {
            return managed ? "which Terraform manages but this plan does not change" : "which Terraform does not manage";
        }
    }
}
