package io.cxgate.plan.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.cxgate.plan.AttributeChange;
import io.cxgate.plan.AttributePath;

/**
 * Computes the changed leaves between a resource's before and after values, redacting as it
 * goes. Set-typed attributes (per the catalog) are compared as sets and reported once at the
 * set's path; everything else leaf by leaf.
 */
public final class ChangeDiffer {
    /** Shown inside set elements for parts known only after apply. */
    static final TextNode KNOWN_AFTER_APPLY = TextNode.valueOf("(known after apply)");

    private final ValueRedactor values;
    private final List<String> replacePaths;
    private final boolean replacing;

    /**
     * @param replacePaths Terraform's {@code replace_paths} already in the path grammar
     * @param replacing    the change is a replace; catalog ForceNew attributes are then marked too
     */
    public ChangeDiffer(ValueRedactor values, List<String> replacePaths, boolean replacing) {
        this.values = values;
        this.replacePaths = replacePaths;
        this.replacing = replacing;
    }

    public List<AttributeChange> diff(JsonNode before, JsonNode after, JsonNode afterUnknown,
                                      JsonNode beforeSensitive, JsonNode afterSensitive) {
        List<AttributeChange> out = new ArrayList<>();
        walk("", "", before, after, afterUnknown, beforeSensitive, afterSensitive, true, out);
        return out;
    }

    private void walk(String path, String pattern, JsonNode b, JsonNode a, JsonNode unknown, JsonNode bs, JsonNode as,
                      boolean keysAreAttributes, List<AttributeChange> out) {
        b = orNull(b);
        a = orNull(a);
        boolean afterUnknown = ValueRedactor.isTrue(unknown);
        if (!path.isEmpty() && (ValueRedactor.isTrue(bs) || ValueRedactor.isTrue(as) || values.hides(path, pattern, b, a))) {
            if (afterUnknown || !b.equals(a)) {
                out.add(change(path, b.isNull() ? b : ValueRedactor.MASK,
                        afterUnknown || a.isNull() ? NullNode.getInstance() : ValueRedactor.MASK,
                        afterUnknown, true, false, pattern));
            }
            return;
        }
        if (afterUnknown && !path.isEmpty()) {
            out.add(change(path, values.redact(b, bs, path, pattern, keysAreAttributes), NullNode.getInstance(), true,
                    false, false, pattern));
            return;
        }
        if (values.isCatalogSet(pattern) && (b.isArray() || a.isArray())) {
            diffSet(path, pattern, b, a, unknown, bs, as, out);
            return;
        }
        if ((b.isObject() || b.isNull()) && (a.isObject() || a.isNull()) && (b.isObject() || a.isObject())) {
            boolean mapKeys = !keysAreAttributes || values.isCatalogMap(pattern);
            Set<String> keys = new LinkedHashSet<>();
            b.fieldNames().forEachRemaining(keys::add);
            a.fieldNames().forEachRemaining(keys::add);
            if (unknown != null && unknown.isObject()) {
                // Terraform leaves attributes known only after apply out of `after` altogether
                unknown.fieldNames().forEachRemaining(keys::add);
            }
            for (String key : keys) {
                String child = mapKeys ? AttributePath.key(path, key) : AttributePath.member(path, key);
                String childPattern = mapKeys ? AttributePath.elementPattern(pattern)
                        : AttributePath.memberPattern(pattern, key);
                walk(child, childPattern, b.get(key), a.get(key), ValueRedactor.child(unknown, key),
                        ValueRedactor.child(bs, key), ValueRedactor.child(as, key), false, out);
            }
            return;
        }
        if ((b.isArray() || b.isNull()) && (a.isArray() || a.isNull()) && (b.isArray() || a.isArray())) {
            int n = Math.max(b.size(), a.size());
            for (int i = 0; i < n; i++) {
                walk(AttributePath.index(path, i), AttributePath.elementPattern(pattern), b.get(i), a.get(i), ValueRedactor.child(unknown, i),
                        ValueRedactor.child(bs, i), ValueRedactor.child(as, i), true, out);
            }
            return;
        }
        if (!b.equals(a)) {
            out.add(change(path, values.redact(b, bs, path, pattern, keysAreAttributes),
                    values.redact(a, as, path, pattern, keysAreAttributes), false, false, false, pattern));
        }
    }

    private void diffSet(String path, String pattern, JsonNode b, JsonNode a, JsonNode unknown, JsonNode bs, JsonNode as,
                         List<AttributeChange> out) {
        ArrayNode removed = JsonNodeFactory.instance.arrayNode();
        ArrayNode added = JsonNodeFactory.instance.arrayNode();
        boolean anyUnknown = false;
        for (int i = 0; i < b.size(); i++) {
            if (!contains(a, b.get(i))) {
                removed.add(values.redact(b.get(i), ValueRedactor.child(bs, i), AttributePath.index(path, i),
                        AttributePath.elementPattern(pattern), true));
            }
        }
        for (int i = 0; i < a.size(); i++) {
            JsonNode elementUnknown = ValueRedactor.child(unknown, i);
            boolean hasUnknown = containsTrue(elementUnknown);
            if (hasUnknown || !contains(b, a.get(i))) {
                JsonNode element = values.redact(a.get(i), ValueRedactor.child(as, i), AttributePath.index(path, i),
                        AttributePath.elementPattern(pattern), true);
                added.add(hasUnknown ? markUnknown(element, elementUnknown) : element);
                anyUnknown |= hasUnknown;
            }
        }
        if (!removed.isEmpty() || !added.isEmpty()) {
            out.add(change(path, removed, added, anyUnknown, false, true, pattern));
        }
    }

    private AttributeChange change(String path, JsonNode before, JsonNode after, boolean afterUnknown,
                                   boolean sensitive, boolean set, String pattern) {
        return new AttributeChange(path, before, after, afterUnknown, sensitive, forcesReplacement(path, pattern), set);
    }

    private boolean forcesReplacement(String path, String pattern) {
        for (String replacePath : replacePaths) {
            if (AttributePath.isAtOrBelow(path, replacePath)) {
                return true;
            }
        }
        return replacing && values.isCatalogForceNew(pattern);
    }

    private static JsonNode markUnknown(JsonNode value, JsonNode unknown) {
        if (ValueRedactor.isTrue(unknown)) {
            return KNOWN_AFTER_APPLY;
        }
        if (value != null && value.isObject() && unknown != null && unknown.isObject()) {
            var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) value).deepCopy();
            for (Iterator<String> it = unknown.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                copy.set(key, markUnknown(copy.get(key), unknown.get(key)));
            }
            return copy;
        }
        if (value != null && value.isArray() && unknown != null && unknown.isArray()) {
            ArrayNode copy = ((ArrayNode) value).deepCopy();
            for (int i = 0; i < unknown.size() && i < copy.size(); i++) {
                copy.set(i, markUnknown(copy.get(i), unknown.get(i)));
            }
            return copy;
        }
        return value;
    }

    private static boolean contains(JsonNode array, JsonNode element) {
        for (JsonNode candidate : array) {
            if (candidate.equals(element)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsTrue(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        for (JsonNode child : node) {
            if (containsTrue(child)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
    }
}
