package io.cxgate.genesys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who uses what, as data: the {@link ConsumerEdge}s in {@code consumers.json} beside this class.
 * The one place that knows which org objects refer to a type outside dependency tracking; the
 * live-org check reads it both to decide which types to list and to find the consumers.
 */
public final class ConsumerTable {
    private static final String RESOURCE = "consumers.json";
    private static volatile ConsumerTable bundled;

    private final Map<String, List<ConsumerEdge>> edges;
    private final Map<String, String> plurals;
    /** Singular nouns for consumer types the resource catalog does not label. */
    private final Map<String, String> nouns;

    public ConsumerTable(List<ConsumerEdge> edges, Map<String, String> plurals) {
        this(edges, plurals, Map.of());
    }

    public ConsumerTable(List<ConsumerEdge> edges, Map<String, String> plurals, Map<String, String> nouns) {
        Map<String, List<ConsumerEdge>> byUsed = new LinkedHashMap<>();
        for (ConsumerEdge edge : edges) {
            if (!plurals.containsKey(edge.consumer())) {
                throw new IllegalArgumentException("consumer type " + edge.consumer() + " has no plural noun");
            }
            byUsed.computeIfAbsent(edge.used(), u -> new ArrayList<>()).add(edge);
        }
        byUsed.replaceAll((used, list) -> List.copyOf(list));
        this.edges = Map.copyOf(byUsed);
        this.plurals = Map.copyOf(plurals);
        this.nouns = Map.copyOf(nouns);
    }

    /** The table shipped in the jar, read once. */
    public static ConsumerTable bundled() {
        ConsumerTable table = bundled;
        if (table == null) {
            synchronized (ConsumerTable.class) {
                table = bundled;
                if (table == null) {
                    table = read();
                    bundled = table;
                }
            }
        }
        return table;
    }

    /** The edges into objects of this type, in table order; empty when nothing is known to use it. */
    public List<ConsumerEdge> edgesInto(String usedType) {
        return edges.getOrDefault(usedType, List.of());
    }

    /** The consumer types of {@link #edgesInto}, each once, in table order. */
    public Set<String> consumerTypesOf(String usedType) {
        Set<String> out = new LinkedHashSet<>();
        edgesInto(usedType).forEach(e -> out.add(e.consumer()));
        return out;
    }

    /** How messages name a consumer type in the plural, e.g. {@code email routes}. */
    public String plural(String consumerType) {
        return plurals.getOrDefault(consumerType, consumerType);
    }

    /** How messages name one consumer of this type, when the table says (types the catalog does not know). */
    public java.util.Optional<String> noun(String consumerType) {
        return java.util.Optional.ofNullable(nouns.get(consumerType));
    }

    private static ConsumerTable read() {
        try (InputStream in = ConsumerTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("consumer table " + RESOURCE + " is missing from the build");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("read consumer table", e);
        }
    }

    static ConsumerTable parse(JsonNode root) {
        Map<String, String> plurals = new LinkedHashMap<>();
        root.path("consumers").properties().forEach(e -> plurals.put(e.getKey(), e.getValue().asText()));
        Map<String, String> nouns = new LinkedHashMap<>();
        root.path("nouns").properties().forEach(e -> nouns.put(e.getKey(), e.getValue().asText()));
        List<ConsumerEdge> edges = new ArrayList<>();
        root.path("edges").properties().forEach(used -> used.getValue().forEach(e -> edges.add(new ConsumerEdge(
                used.getKey(), e.path("by").asText(), e.path("attribute").asText(),
                e.hasNonNull("role") ? e.get("role").asText() : null, e.path("holder").asBoolean()))));
        return new ConsumerTable(edges, plurals, nouns);
    }
}
