package io.cxgate.simulate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cxgate.genesys.source.OrgSource;

/**
 * What the checks ask of the org before it is asked: whole types to list, dependency lookups
 * (one per deleted or replaced object), and notes on what cannot be checked with this source.
 */
final class Wants {
    private final OrgSource org;
    private final Set<String> types = new LinkedHashSet<>();
    private final Set<Lookup> lookups = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private final Set<String> members = new LinkedHashSet<>();
    private final Set<String> wrapupCodes = new LinkedHashSet<>();
    private final java.util.Map<String, io.cxgate.genesys.source.OrgObject> consumed = new java.util.LinkedHashMap<>();
    private final Set<String> views = new LinkedHashSet<>();

    Wants(OrgSource org) {
        this.org = org;
    }

    OrgSource org() {
        return org;
    }

    /**
     * Asks for a type when the org can list it; otherwise notes what goes unchecked.
     *
     * @param unchecked what goes unchecked without the type, or null to say nothing
     * @return whether the type will be listed
     */
    boolean type(String type, String unchecked) {
        if (org.resourceTypes().contains(type)) {
            types.add(type);
            return true;
        }
        if (unchecked != null) {
            warn("the org " + org.sourceName() + " has no " + type + " objects (exported without that type?): "
                    + unchecked + " not checked");
        }
        return false;
    }

    /** Asks who uses object {@code id} of dependency-tracking type {@code objectType}. */
    void consumersOf(String id, String objectType) {
        lookups.add(new Lookup(id, objectType));
    }

    /** Asks for a queue's members (one request per queue, only for queues a check touches). */
    void membersOf(String queueId) {
        members.add(queueId);
    }

    /** Asks what a flow's published version uses (one request per flow). */
    void consumedBy(io.cxgate.genesys.source.OrgObject flow) {
        if (org.tracksDependencies()) {
            consumed.putIfAbsent(flow.id(), flow);
        }
    }

    /** Asks which divisions the client may read a type in (one request per view permission). */
    void divisionView(String type) {
        views.add(type);
    }

    List<String> views() {
        return List.copyOf(views);
    }

    List<String> members() {
        return List.copyOf(members);
    }

    /** Asks which wrap-up codes a queue offers (one request per queue: the API has no bulk listing). */
    void wrapupCodesOf(String queueId) {
        wrapupCodes.add(queueId);
    }

    List<String> wrapupCodes() {
        return List.copyOf(wrapupCodes);
    }

    List<io.cxgate.genesys.source.OrgObject> consumed() {
        return List.copyOf(consumed.values());
    }

    /** How much has been asked for: grows exactly when a round adds something. */
    int size() {
        return types.size() + lookups.size() + warnings.size() + members.size() + consumed.size() + wrapupCodes.size()
                + views.size();
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    Set<String> types() {
        return Set.copyOf(types);
    }

    List<Lookup> lookups() {
        return List.copyOf(lookups);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** A dependency-tracking question: who uses {@code id} of type {@code objectType}. */
    record Lookup(String id, String objectType) {
    }
}
