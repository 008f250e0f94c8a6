package io.cxgate.genesys.source;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import io.cxgate.InvalidInputException;

/**
 * The org as an exported {@link OrgSnapshot} saw it ({@code --org SNAPSHOT.json}). Makes no requests.
 */
public final class SnapshotOrgSource implements OrgSource {
    private final OrgSnapshot snapshot;
    private final String name;
    private final Map<String, List<OrgObject>> byType = new LinkedHashMap<>();

    /**
     * @param name how errors name the snapshot (its file name)
     */
    public SnapshotOrgSource(OrgSnapshot snapshot, String name) {
        this.snapshot = snapshot;
        this.name = name;
        for (String type : snapshot.types()) {
            byType.put(type, List.of());
        }
        Map<String, java.util.ArrayList<OrgObject>> grouped = new LinkedHashMap<>();
        for (OrgObject o : snapshot.objects()) {
            grouped.computeIfAbsent(o.resourceType(), t -> new java.util.ArrayList<>()).add(o);
        }
        grouped.forEach((type, list) -> byType.put(type, List.copyOf(list)));
    }

    /** Reads and validates the file; see {@link OrgSnapshot#read}. */
    public static SnapshotOrgSource load(Path file) {
        return new SnapshotOrgSource(OrgSnapshot.read(file), file.toString());
    }

    public OrgSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public String sourceName() {
        return SNAPSHOT;
    }

    @Override
    public Set<String> resourceTypes() {
        return new LinkedHashSet<>(byType.keySet());
    }

    /**
     * @throws InvalidInputException when the snapshot was exported without this type (asking the
     *         snapshot is then a usage problem: re-export with the type, or use {@code --live})
     */
    @Override
    public List<OrgObject> objects(String resourceType) {
        List<OrgObject> objects = byType.get(resourceType);
        if (objects == null) {
            throw new InvalidInputException("org snapshot " + name + ": has no " + resourceType
                    + " objects: it was exported without that type");
        }
        return objects;
    }

    @Override
    public Optional<DivisionView> divisionView(String resourceType) {
        return DivisionViews.of(snapshot.divisionViews(), resourceType);
    }

    @Override
    public boolean tracksDependencies() {
        return snapshot.tracksDependencies();
    }

    @Override
    public List<Dependency> consumersOf(String id, String objectType) {
        requireDependencies(id);
        return snapshot.dependencies().stream()
                .filter(d -> d.consumedId().equals(id) && (objectType == null || d.consumedType().equals(objectType)))
                .filter(this::publishedConsumer)
                .toList();
    }

    @Override
    public List<Dependency> consumedBy(OrgObject consumer) {
        requireDependencies(consumer.id());
        return snapshot.dependencies().stream().filter(d -> d.consumerId().equals(consumer.id())).toList();
    }

    @Override
    public Optional<List<String>> queueMembers(String queueId) {
        if (!byType.containsKey(ResourceListings.QUEUE)) {
            return Optional.empty();
        }
        return byType.get(ResourceListings.QUEUE).stream().filter(q -> q.id().equals(queueId)).findFirst()
                .filter(q -> q.attributes().get(ResourceListings.MEMBER_IDS) instanceof List<?>)
                .map(q -> q.texts(ResourceListings.MEMBER_IDS));
    }

    @Override
    public Optional<List<String>> queueWrapupCodes(String queueId) {
        return byType.getOrDefault(ResourceListings.QUEUE, List.of()).stream().filter(q -> q.id().equals(queueId))
                .findFirst().filter(q -> q.attributes().get(ResourceListings.WRAPUP_CODE_IDS) instanceof List<?>)
                .map(q -> q.texts(ResourceListings.WRAPUP_CODE_IDS));
    }

    @Override
    public int requests() {
        return 0;
    }

    @Override
    public String region() {
        return snapshot.region();
    }

    /**
     * As the live source asks dependency tracking ({@code flowFilter=published}, deleted objects
     * skipped): a flow consumer counts only while the snapshot holds it with a published version.
     */
    private boolean publishedConsumer(Dependency d) {
        if (!d.consumerType().endsWith("FLOW")) {
            return true;
        }
        return byType.getOrDefault(ResourceListings.FLOW, List.of()).stream()
                .anyMatch(f -> f.id().equals(d.consumerId()) && f.text("publishedVersionId") != null);
    }

    private void requireDependencies(String id) {
        if (!tracksDependencies()) {
            throw new InvalidInputException("org snapshot " + name + ": cannot tell which flows use " + id
                    + ": it was exported without genesyscloud_flow, so it holds no dependency edges");
        }
    }

    @Override
    public String toString() {
        return "SnapshotOrgSource[" + name + ", " + snapshot.objects().size() + " objects]";
    }
}
