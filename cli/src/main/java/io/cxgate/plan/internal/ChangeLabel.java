package io.cxgate.plan.internal;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.genesys.ResourceType;
import io.cxgate.plan.AttributePath;

/**
 * The label of a change, naming the object as a contact-centre admin knows it: {@code Queue "Sales"},
 * {@code Contact list "Spring campaign"}, {@code DID pool +1 317-555-0100…0199}, and for a flow whose values hold no
 * name, its file's name ({@code Flow inbound_main.yaml}). Values come from {@code after}, else {@code before}; a
 * value marked sensitive (by the plan or the catalog) never names anything. Unknown types and objects without a
 * name fall back to the resource name ({@code Queue sales}).
 */
final class ChangeLabel {
    private final ResourceType type;
    private final ValueRedactor values;

    ChangeLabel(ResourceType type, ValueRedactor values) {
        this.type = type;
        this.values = values;
    }

    /**
     * @param change  the plan entry's {@code change} object (for its sensitivity marks)
     * @param replace a replaced object is named as it is in the org now (the name before): that object is the one
     *                destroyed, and the findings about it name it so
     */
    String of(String typeName, String resourceName, JsonNode before, JsonNode after, JsonNode change, boolean replace) {
        String kind = type == null ? typeName : type.label();
        String nameAttribute = type != null ? type.nameAttribute().orElse(null) : "name";
        ResourceType.Labeling labeling = type == null ? ResourceType.Labeling.NONE : type.labeling();
        String name = replace ? value(nameAttribute, after, before, change, "before_sensitive", "after_sensitive")
                : value(nameAttribute, before, after, change, "after_sensitive", "before_sensitive");
        if (name != null && labeling.rangeEndAttribute() != null) {
            return kind + " " + NumberRange.format(name, value(labeling.rangeEndAttribute(), before, after, change,
                    "after_sensitive", "before_sensitive"));
        }
        if (name != null) {
            return kind + " \"" + name + "\"";
        }
        String file = value(labeling.fileAttribute(), before, after, change, "after_sensitive", "before_sensitive");
        if (file != null && !file.isBlank()) {
            return kind + " " + file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        }
        return kind + " " + resourceName;
    }

    /** The value at {@code path} in {@code first}, else in {@code second}, each checked against its own marks. */
    private String value(String path, JsonNode second, JsonNode first, JsonNode change, String firstMarks,
                         String secondMarks) {
        if (path == null) {
            return null;
        }
        String found = valueAt(first, change.get(firstMarks), path);
        return found != null ? found : valueAt(second, change.get(secondMarks), path);
    }

    private String valueAt(JsonNode value, JsonNode marks, String path) {
        JsonNode node = AttributePath.valueAt(value, path);
        if (node == null || !node.isValueNode() || node.isNull() || ValueRedactor.isMarked(marks, path)
                || values.hides(path, AttributePath.toPattern(path), node, null)) {
            return null;
        }
        return values.mask(node.asText());
    }
}
