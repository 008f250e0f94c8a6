package io.cxgate.genesys;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges {@code catalog-overrides.json} over the generated {@code catalog.json}: a type's fields (label,
 * nameAttribute, apiType, ...) are set, and an attribute entry's fields replace the generated ones they name
 * ({@code sensitive}, {@code references}, {@code forcesReplacement}); {@code why} is documentation. An override
 * naming a type or attribute the generated catalog lacks is an error: after a provider upgrade it is stale.
 */
final class CatalogOverrides {
    private CatalogOverrides() {
    }

    static JsonNode merge(JsonNode generated, JsonNode overrides) {
        ObjectNode merged = generated.deepCopy();
        ObjectNode types = (ObjectNode) merged.path("types");
        for (Iterator<Map.Entry<String, JsonNode>> it = overrides.path("types").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> override = it.next();
            JsonNode target = types.get(override.getKey());
            if (!(target instanceof ObjectNode type)) {
                throw new IllegalStateException("catalog-overrides.json: type " + override.getKey()
                        + " is not in the generated catalog (stale after a provider upgrade?)");
            }
            for (Iterator<Map.Entry<String, JsonNode>> f = override.getValue().fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> field = f.next();
                if (field.getKey().equals("attributes")) {
                    attributes(override.getKey(), (ObjectNode) type.path("attributes"), field.getValue());
                } else {
                    type.set(field.getKey(), field.getValue());
                }
            }
        }
        return merged;
    }

    private static void attributes(String type, ObjectNode attributes, JsonNode overrides) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> override = it.next();
            if (!(attributes.get(override.getKey()) instanceof ObjectNode attribute)) {
                throw new IllegalStateException("catalog-overrides.json: " + type + " attribute " + override.getKey()
                        + " is not in the generated catalog (stale after a provider upgrade?)");
            }
            override.getValue().fields().forEachRemaining(f -> {
                if (!f.getKey().equals("why")) {
                    attribute.set(f.getKey(), f.getValue());
                }
            });
        }
    }
}
