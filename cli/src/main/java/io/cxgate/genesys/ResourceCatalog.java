package io.cxgate.genesys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Genesys resource catalog: per {@code genesyscloud_*} type its label, naming attribute,
 * attributes (sets, maps, references, ForceNew, sensitive) and API facts. Two files beside this class:
 * {@code catalog.json}, generated from the provider's schema sources (see docs/catalog.md; never edited by hand),
 * and {@code catalog-overrides.json}, the hand-written facts the schema does not hold (labels, naming attribute,
 * API types, secrets the provider does not mark, diff noise), merged over it here.
 */
public final class ResourceCatalog {
    private static final String RESOURCE = "catalog.json";
    private static final String OVERRIDES = "catalog-overrides.json";
    private static volatile ResourceCatalog bundled;

    private final String providerVersion;
    private final Map<String, ResourceType> types;

    public ResourceCatalog(String providerVersion, Map<String, ResourceType> types) {
        this.providerVersion = providerVersion;
        this.types = Map.copyOf(types);
    }

    /** The catalog shipped in the jar, read once. */
    public static ResourceCatalog bundled() {
        ResourceCatalog catalog = bundled;
        if (catalog == null) {
            synchronized (ResourceCatalog.class) {
                catalog = bundled;
                if (catalog == null) {
                    catalog = read();
                    bundled = catalog;
                }
            }
        }
        return catalog;
    }

    public Optional<ResourceType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public Map<String, ResourceType> types() {
        return types;
    }

    public String providerVersion() {
        return providerVersion;
    }

    /** The human label of a type; unknown types keep their raw name. */
    public String label(String type) {
        ResourceType known = types.get(type);
        return known == null ? type : known.label();
    }

    /** The resource type whose Architect dependency-tracking object type is this, if any. */
    public Optional<ResourceType> byApiType(String apiType) {
        return types.values().stream().filter(t -> apiType.equals(t.apiType().orElse(null))).findFirst();
    }

    private static ResourceCatalog read() {
        return parse(resource(RESOURCE), resource(OVERRIDES));
    }

    private static JsonNode resource(String name) {
        try (InputStream in = ResourceCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource catalog " + name + " is missing from the build");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("read resource catalog " + name, e);
        }
    }

    /** The generated catalog with the overrides merged over it (see {@link CatalogOverrides}). */
    static ResourceCatalog parse(JsonNode generated, JsonNode overrides) {
        return parse(CatalogOverrides.merge(generated, overrides));
    }

    static ResourceCatalog parse(JsonNode root) {
        Map<String, ResourceType> types = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("types").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode t = entry.getValue();
            Map<String, AttributeInfo> attributes = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> at = t.path("attributes").fields(); at.hasNext(); ) {
                Map.Entry<String, JsonNode> a = at.next();
                JsonNode v = a.getValue();
                List<String> refs = new ArrayList<>();
                v.path("references").forEach(r -> refs.add(r.asText()));
                attributes.put(a.getKey(), new AttributeInfo(a.getKey(), v.path("type").asText("string"),
                        v.path("required").asBoolean(), v.path("readOnly").asBoolean(),
                        v.path("deprecated").asBoolean(), v.path("sensitive").asBoolean(),
                        v.path("forcesReplacement").asBoolean(), refs));
            }
            List<String> noise = new ArrayList<>();
            t.path("diffNoise").forEach(n -> noise.add(n.path("path").asText()));
            types.put(entry.getKey(), new ResourceType(entry.getKey(), t.path("label").asText(entry.getKey()),
                    text(t, "nameAttribute"), text(t, "apiType"), text(t, "listPath"),
                    t.path("singleton").asBoolean(), attributes,
                    new ResourceType.Labeling(text(t, "rangeEndAttribute"), text(t, "labelFromFile")), noise));
        }
        return new ResourceCatalog(root.path("providerVersion").asText("unknown"), types);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
