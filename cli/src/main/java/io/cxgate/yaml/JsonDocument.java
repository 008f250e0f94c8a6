package io.cxgate.yaml;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;

/**
 * A JSON text read with the position of every value: networknt's location-aware nodes (Jackson's token locations)
 * give the marks, kept in the same {@link SourceMap} the YAML reader fills, so JSON and YAML errors name their
 * place one way.
 *
 * @param root  the tree, or null for an empty text
 * @param marks where each value starts (for a mapping or list, its opening bracket)
 */
public record JsonDocument(JsonNode root, SourceMap marks) {
    /** @throws JsonProcessingException for a syntax error, with its location */
    public static JsonDocument parse(ObjectMapper mapper, String text) throws JsonProcessingException {
        JsonNode root;
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            root = mapper.reader(LocationJsonNodeFactoryFactory.getInstance().getJsonNodeFactory(parser))
                    .readTree(parser);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail: " + e.getMessage(), e);
        }
        SourceMap marks = new SourceMap();
        if (root != null) {
            index(root, FieldPath.ROOT, marks);
        }
        return new JsonDocument(root, marks);
    }

    private static void index(JsonNode node, FieldPath path, SourceMap marks) {
        JsonLocation location = JsonNodes.tokenStreamLocationOf(node);
        if (location != null && location.getLineNr() > 0) {
            marks.putValue(path, new Mark(location.getLineNr(), Math.max(0, location.getColumnNr())));
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                index(field.getValue(), path.key(field.getKey()), marks);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                index(node.get(i), path.index(i), marks);
            }
        }
    }
}
