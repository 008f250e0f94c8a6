package io.cxgate.plan.internal;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.cxgate.plan.AttributeChange;
import io.cxgate.plan.ChangeValues;
import io.cxgate.plan.ResourceChange;
import io.cxgate.redact.Redactor;

/** Applies a redactor to every string already kept for a change: a second pass for secrets learnt late. */
public final class Remasker {
    private final Redactor redactor;

    public Remasker(Redactor redactor) {
        this.redactor = redactor;
    }

    public ResourceChange apply(ResourceChange change) {
        return change
                .withAttributes(change.attributes().stream().map(this::apply).toList())
                .withValues(ChangeValues.of(apply(change.values().before()), apply(change.values().after())))
                .withLabel(redactor.mask(change.label()));
    }

    private AttributeChange apply(AttributeChange a) {
        JsonNode before = apply(a.before());
        JsonNode after = apply(a.after());
        boolean masked = !before.equals(a.before()) || !after.equals(a.after());
        return new AttributeChange(a.path(), before, after, a.afterUnknown(), a.sensitive() || masked,
                a.forcesReplacement(), a.set());
    }

    JsonNode apply(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String masked = redactor.mask(node.textValue());
            return masked.equals(node.textValue()) ? node : TextNode.valueOf(masked);
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(child -> out.add(apply(child)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), apply(e.getValue()));
            }
            return out;
        }
        return node;
    }
}
