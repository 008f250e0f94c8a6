package io.cxgate.plan.internal;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.cxgate.genesys.ResourceType;
import io.cxgate.plan.AttributePath;
import io.cxgate.redact.Redactor;
import io.cxgate.redact.SecretNames;

/**
 * Produces the redacted copy of a value: Terraform's sensitive marks (at any depth), the
 * catalog's sensitive attributes, secrets by name ({@link SecretNames}, for every type), and the
 * redactor's literals and patterns in every string.
 * This is the only place plan values are redacted; nothing downstream sees the raw value.
 */
public final class ValueRedactor {
    static final TextNode MASK = TextNode.valueOf(Redactor.MASK);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ResourceType type;
    private final Redactor redactor;

    /** @param type the catalog entry, or null for types the catalog does not know */
    public ValueRedactor(ResourceType type, Redactor redactor) {
        this.type = type;
        this.redactor = redactor;
    }

    /** Redacts a whole resource value (the object of attributes). */
    public JsonNode redactResource(JsonNode value, JsonNode sensitiveMarks) {
        return redact(value, sensitiveMarks, "", "", true);
    }

    /**
     * Redacts a value found at {@code path}.
     *
     * @param path              the concrete path of the value ("" for the resource itself)
     * @param pattern           the same path with {@code [*]} for every index and key (catalog lookups)
     * @param keysAreAttributes whether an object here holds attributes (written {@code .name}) rather than map keys
     */
    JsonNode redact(JsonNode value, JsonNode marks, String path, String pattern, boolean keysAreAttributes) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return value;
        }
        if (isTrue(marks) || hides(path, pattern, value, null)) {
            return MASK;
        }
        if (value.isTextual()) {
            String masked = redactor.mask(value.textValue());
            return masked.equals(value.textValue()) ? value : TextNode.valueOf(masked);
        }
        if (value.isArray()) {
            ArrayNode out = NODES.arrayNode(value.size());
            for (int i = 0; i < value.size(); i++) {
                out.add(redact(value.get(i), child(marks, i), AttributePath.index(path, i),
                        AttributePath.elementPattern(pattern), true));
            }
            return out;
        }
        if (value.isObject()) {
            ObjectNode out = NODES.objectNode();
            boolean mapKeys = !keysAreAttributes || isCatalogMap(pattern);
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String childPath = mapKeys ? AttributePath.key(path, e.getKey()) : AttributePath.member(path, e.getKey());
                String childPattern = mapKeys ? AttributePath.elementPattern(pattern)
                        : AttributePath.memberPattern(pattern, e.getKey());
                out.set(e.getKey(), redact(e.getValue(), child(marks, e.getKey()), childPath, childPattern, false));
            }
            return out;
        }
        return value;
    }

    /** The catalog checks take path patterns ({@code [*]} for indexes and keys). */
    private boolean isCatalogSensitive(String pattern) {
        return type != null && type.isSensitive(pattern);
    }

    /**
     * Whether the values at this path are hidden whatever Terraform says: the catalog marks the attribute
     * sensitive, or its name is a secret's ({@link SecretNames}) and a value there is not a plain boolean.
     *
     * @param path    the concrete path ("" for the resource itself, never hidden)
     * @param pattern the same path with {@code [*]} for indexes and keys
     */
    boolean hides(String path, String pattern, JsonNode before, JsonNode after) {
        if (path.isEmpty()) {
            return false;
        }
        if (isCatalogSensitive(pattern)) {
            return true;
        }
        return SecretNames.isSecretPath(path) && !(isFlag(before) && isFlag(after));
    }

    private static boolean isFlag(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || value.isBoolean();
    }

    boolean isCatalogMap(String pattern) {
        return type != null && !pattern.isEmpty() && type.isMap(pattern);
    }

    boolean isCatalogSet(String pattern) {
        return type != null && !pattern.isEmpty() && type.isSet(pattern);
    }

    boolean isCatalogForceNew(String pattern) {
        return type != null && type.forcesReplacement(pattern);
    }

    String mask(String text) {
        return redactor.mask(text);
    }

    /**
     * Whether Terraform's sensitive marks hide the value at a concrete path: a {@code true} at the path or at
     * any attribute, block or element above it.
     */
    static boolean isMarked(JsonNode marks, String path) {
        JsonNode current = marks;
        String prefix = "";
        for (String step : path.split("(?=\\[)|\\.")) {
            if (isTrue(current)) {
                return true;
            }
            prefix = step.startsWith("[") ? prefix + step : (prefix.isEmpty() ? step : prefix + "." + step);
            current = AttributePath.valueAt(marks, prefix);
        }
        return isTrue(current);
    }

    static boolean isTrue(JsonNode node) {
        return node != null && node.isBoolean() && node.booleanValue();
    }

    static JsonNode child(JsonNode node, String key) {
        return node == null || !node.isObject() ? null : node.get(key);
    }

    static JsonNode child(JsonNode node, int index) {
        return node == null || !node.isArray() ? null : node.get(index);
    }
}
