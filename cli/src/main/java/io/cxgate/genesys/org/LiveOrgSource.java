package io.cxgate.genesys.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.CxgateException;
import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.org.ResourceListings.Listing;

/**
 * The org through the Platform API. Each type is listed once, through the endpoint and paging of
 * {@link ResourceListings}, and cached; dependency lookups are cached per object. The client
 * belongs to the caller, who closes it.
 */
public final class LiveOrgSource implements OrgSource {
    private final PlatformApiClient client;
    private final String region;
    private final Map<String, CompletableFuture<List<Listed>>> listed = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<List<OrgObject>>> objects = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<List<Dependency>>> consumers = new ConcurrentHashMap<>();

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
                        for (JsonNode e : client.listAll(listing.path(), pass)) {
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
                default -> throw new IllegalStateException("paging " + listing.paging());
            }
            return List.copyOf(out);
        } catch (CxgateException e) {
            throw e.withStep("list " + listing.resourceType());
        } catch (IllegalArgumentException e) {
            throw new CxgateException("list " + listing.resourceType() + ": unexpected API response: " + e.getMessage(), e);
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
