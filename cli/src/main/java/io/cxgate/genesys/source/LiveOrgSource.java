package io.cxgate.genesys.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.CxgateException;
import io.cxgate.genesys.api.ApiStatusException;
import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.source.ResourceListings.Listing;

/**
 * The org through the Platform API. Each type is listed once, through the endpoint and paging of
 * {@link ResourceListings}, and cached; dependency lookups are cached per object. The client
 * belongs to the caller, who closes it.
 */
public final class LiveOrgSource implements OrgSource {
    static final String DIVISIONS_PERMITTED = "/api/v2/authorization/divisionspermitted/paged/me";
    private final PlatformApiClient client;
    private final String region;
    private final Map<String, CompletableFuture<List<Listed>>> listed = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<List<OrgObject>>> objects = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<List<Dependency>>> consumers = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<List<String>>> members = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<List<String>>> wrapupCodes = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<DivisionView>> views = new ConcurrentHashMap<>();

    /**
     * @param region the org's {@code aws_region}, recorded in exported snapshots (may be null)
     */
    public LiveOrgSource(PlatformApiClient client, String region) {
        this.client = client;
        this.region = region;
    }

    @Override
    public String sourceName() {
        return LIVE;
    }

    @Override
    public Set<String> resourceTypes() {
        return supportedTypes();
    }

    /** Every resource type the live source can list, in table order. */
    public static Set<String> supportedTypes() {
        return new LinkedHashSet<>(ResourceListings.table().keySet());
    }

    /**
     * One listed entity: the Platform API's JSON as the listing returned it (not redacted: whoever keeps or prints
     * it redacts it first) and the object the checks read from it.
     */
    public record Listed(OrgObject object, JsonNode entity) {
    }

    @Override
    public List<OrgObject> objects(String resourceType) {
        return once(objects, resourceType, () -> listed(resourceType).stream().map(Listed::object).toList());
    }

    /**
     * Every entity of this type as the API returned it, from the same single listing {@link #objects} reads (live
     * pre-change copies keep them whole).
     *
     * @throws IllegalArgumentException for a type outside {@link #resourceTypes()}
     */
    public List<Listed> listed(String resourceType) {
        Listing listing = ResourceListings.forType(resourceType).orElseThrow(() -> new IllegalArgumentException(
                "no live listing for resource type " + resourceType + "; known: " + supportedTypes()));
        return once(listed, resourceType, () -> list(listing));
    }

    @Override
    public boolean tracksDependencies() {
        return true;
    }

    @Override
    public List<Dependency> consumersOf(String id, String objectType) {
        return once(consumers, objectType + "/" + id, () -> {
            List<Dependency> out = new ArrayList<>();
            for (JsonNode e : client.consumingResources(id, objectType)) {
                if (e.path("deleted").asBoolean(false)) {
                    continue; // dependency tracking keeps edges of deleted objects: nothing left to break
                }
                out.add(new Dependency(ResourceListings.text(e, "id"), ResourceListings.text(e, "name"),
                        ResourceListings.text(e, "type"), id, objectType));
            }
            return List.copyOf(out);
        });
    }

    @Override
    public List<Dependency> consumedBy(OrgObject consumer) {
        String version = consumer.text("publishedVersionId");
        if (!ResourceListings.FLOW.equals(consumer.resourceType()) || version == null) {
            return List.of();
        }
        List<Dependency> out = new ArrayList<>();
        for (JsonNode e : client.consumedResources(consumer.id(), version, consumer.apiType())) {
            out.add(new Dependency(consumer.id(), consumer.name(), consumer.apiType(), ResourceListings.text(e, "id"),
                    ResourceListings.text(e, "type")));
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<List<String>> queueMembers(String queueId) {
        return Optional.of(once(members, queueId, () -> {
            List<String> out = new ArrayList<>();
            try {
                for (JsonNode e : client.listAll("/api/v2/routing/queues/" + queueId + "/members", Map.of())) {
                    String id = ResourceListings.text(e, "id");
                    if (id == null) {
                        id = ResourceListings.text(e.path("user"), "id");
                    }
                    if (id != null) {
                        out.add(id);
                    }
                }
            } catch (CxgateException e) {
                throw e.withStep("list the members of queue " + queueId);
            }
            return List.copyOf(out);
        }));
    }

    /**
     * {@code GET /api/v2/authorization/divisionspermitted/paged/me?permission=…} (needs no permission):
     * {@code allDivsPermitted}, else the divisions listed; once per permission.
     */
    @Override
    public Optional<DivisionView> divisionView(String resourceType) {
        return DivisionView.permissionFor(resourceType).map(permission -> once(views, permission, () -> {
            try {
                Map<String, String> query = new LinkedHashMap<>();
                query.put("permission", permission);
                query.put("pageSize", "100");
                query.put("pageNumber", "1");
                JsonNode page = client.get(DIVISIONS_PERMITTED, query);
                if (page.path("allDivsPermitted").asBoolean(false)) {
                    return new DivisionView(permission, true, List.of());
                }
                List<String> ids = new ArrayList<>();
                int pageCount = Math.max(1, page.path("pageCount").asInt(1));
                for (int n = 1; ; n++) {
                    page.path("entities").forEach(e -> ids.add(ResourceListings.text(e, "id")));
                    if (n >= pageCount) {
                        break;
                    }
                    query.put("pageNumber", String.valueOf(n + 1));
                    page = client.get(DIVISIONS_PERMITTED, query);
                }
                return new DivisionView(permission, false, ids);
            } catch (CxgateException e) {
                throw e.withStep("ask which divisions the client may read with " + permission);
            }
        }));
    }

    @Override
    public Optional<List<String>> queueWrapupCodes(String queueId) {
        return Optional.of(once(wrapupCodes, queueId, () -> {
            List<String> out = new ArrayList<>();
            try {
                for (JsonNode e : client.listAll("/api/v2/routing/queues/" + queueId + "/wrapupcodes", Map.of())) {
                    String id = ResourceListings.text(e, "id");
                    if (id != null) {
                        out.add(id);
                    }
                }
            } catch (CxgateException e) {
                throw e.withStep("list the wrap-up codes of queue " + queueId);
            }
            return List.copyOf(out);
        }));
    }

    @Override
    public int requests() {
        return client.requests();
    }

    @Override
    public String region() {
        return region;
    }

    private List<Listed> list(Listing listing) {
        try {
            List<Listed> out = new ArrayList<>();
            switch (listing.paging()) {
                case PAGES -> {
                    Map<String, Listed> byId = new LinkedHashMap<>();
                    for (Map<String, String> pass : listing.passes()) {
                        List<JsonNode> entities = UserListing.LIST.equals(listing.path())
                                ? UserListing.list(client, pass) : client.listAll(listing.path(), pass);
                        for (JsonNode e : entities) {
                            OrgObject o = listing.mapper().apply(e);
                            byId.putIfAbsent(o.id(), new Listed(o, e));
                        }
                    }
                    out.addAll(byId.values());
                }
                case CURSOR -> {
                    for (JsonNode e : client.listAllCursor(listing.path(), Map.of())) {
                        out.add(new Listed(listing.mapper().apply(e), e));
                    }
                }
                case PER_EMAIL_DOMAIN -> {
                    for (OrgObject domain : objects(ResourceListings.EMAIL_DOMAIN)) {
                        String path = "/api/v2/routing/email/domains/" + domain.id() + "/routes";
                        for (JsonNode e : client.listAll(path, Map.of())) {
                            out.add(new Listed(ResourceListings.emailRoute(e, domain.id()), e));
                        }
                    }
                }
                case SINGLE -> single(listing).ifPresent(out::add);
                default -> throw new IllegalStateException("paging " + listing.paging());
            }
            return List.copyOf(out);
        } catch (CxgateException e) {
            throw e.withStep("list " + listing.resourceType());
        } catch (IllegalArgumentException e) {
            throw new CxgateException("list " + listing.resourceType() + ": unexpected API response: " + e.getMessage(), e);
        }
    }

    /**
     * The one object of a {@link ResourceListings.Paging#SINGLE} type; empty when the API answers 404 (the org does
     * not have it: {@code /api/v2/outbound/wrapupcodemappings} in an org without Outbound, as the provider's exporter
     * treats it). Any other error fails as listings do.
     */
    private Optional<Listed> single(Listing listing) {
        try {
            JsonNode e = client.get(listing.path(), Map.of());
            return Optional.of(new Listed(listing.mapper().apply(e), e));
        } catch (ApiStatusException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Computes each key once, even when callers race; a failure is not cached. */
    private static <T> T once(Map<String, CompletableFuture<T>> cache, String key, java.util.function.Supplier<T> compute) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> existing = cache.putIfAbsent(key, mine);
        if (existing == null) {
            try {
                mine.complete(compute.get());
            } catch (RuntimeException e) {
                cache.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
            return mine.join();
        }
        try {
            return existing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return "LiveOrgSource[" + client + "]";
    }
}
