package io.cxgate.genesys.source;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The target org as the simulation sees it: the live Platform API ({@link LiveOrgSource}) or an
 * exported snapshot file ({@link SnapshotOrgSource}).
 *
 * <p>Objects are listed a whole type at a time and cached per type: checks ask for a type and look
 * ids up in the result, never one request per id.
 */
public interface OrgSource {
    String LIVE = "live";
    String SNAPSHOT = "snapshot";

    /** {@code live} or {@code snapshot}, for the report's {@code simulation.source}. */
    String sourceName();

    /** The {@code genesyscloud_*} resource types {@link #objects} can answer for. */
    Set<String> resourceTypes();

    /**
     * Every object of this type in the org (live: the first call lists the type, later calls are
     * served from the cache).
     *
     * @throws IllegalArgumentException for a type outside {@link #resourceTypes()}
     */
    List<OrgObject> objects(String resourceType);

    /** Whether {@link #consumersOf} can answer: always live; a snapshot only when it holds flows. */
    boolean tracksDependencies();

    /**
     * The objects (flows, mostly) that use object {@code id} of dependency-tracking type
     * {@code objectType} (e.g. {@code QUEUE}, {@code ACDSKILL}, {@code INQUEUECALLFLOW}).
     */
    List<Dependency> consumersOf(String id, String objectType);

    /**
     * What a flow's published version uses; empty for an object that is not a flow or a flow never
     * published.
     */
    List<Dependency> consumedBy(OrgObject consumer);

    /**
     * The user IDs of a queue's members ({@code GET /api/v2/routing/queues/{id}/members}; a snapshot:
     * the {@code memberIds} its export stored), or empty when this source cannot tell (a snapshot
     * exported before members were recorded).
     */
    Optional<List<String>> queueMembers(String queueId);

    /**
     * The IDs of the wrap-up codes a queue offers ({@code GET /api/v2/routing/queues/{id}/wrapupcodes}; a
     * snapshot: the {@code wrapupCodeIds} its export stored), or empty when this source cannot tell.
     */
    Optional<List<String>> queueWrapupCodes(String queueId);

    /**
     * Which divisions the OAuth client may read this type in ({@link DivisionView}); empty for a type
     * not scoped by division. Live: asked of the API once per type; a snapshot: what its export
     * recorded.
     */
    default Optional<DivisionView> divisionView(String resourceType) {
        return Optional.empty();
    }

    /** HTTP requests made so far, token and retries included; 0 for a snapshot. */
    int requests();

    /** The org's region ({@code aws_region}), when known. */
    String region();

    default Optional<OrgObject> byId(String resourceType, String id) {
        return objects(resourceType).stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** Objects of this type with exactly this name (names are unique per type in most, not all, types). */
    default List<OrgObject> byName(String resourceType, String name) {
        return objects(resourceType).stream().filter(o -> o.name().equals(name)).toList();
    }
}
