package io.cxgate.plan.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.ResourceType;
import io.cxgate.plan.Action;
import io.cxgate.plan.AttributeChange;
import io.cxgate.plan.AttributePath;
import io.cxgate.plan.ChangeValues;
import io.cxgate.plan.ResourceChange;
import io.cxgate.redact.Redactor;

/** Turns one {@code resource_changes} / {@code resource_drift} entry into a redacted {@link ResourceChange}. */
public final class ChangeParser {
    private final ResourceCatalog catalog;
    private final Redactor redactor;

    public ChangeParser(ResourceCatalog catalog, Redactor redactor) {
        this.catalog = catalog;
        this.redactor = redactor;
    }

    /**
     * @param entry  the entry with its {@code change} object; for a plain no-op the values may be absent
     * @param detail compute attribute diffs and keep values (false for plain no-ops, which are only counted)
     */
    public ResourceChange parse(JsonNode entry, boolean detail) {
        String address = text(entry, "address");
        String type = text(entry, "type");
        JsonNode change = entry.path("change");
        List<String> actions = new ArrayList<>();
        change.path("actions").forEach(a -> actions.add(a.asText()));
        Action action = Action.fromTerraform(actions);
        ResourceType resourceType = catalog.type(type).orElse(null);
        ValueRedactor values = new ValueRedactor(resourceType, redactor);
        List<String> replacePaths = replacePaths(change.path("replace_paths"), resourceType);
        JsonNode importing = change.get("importing");
        boolean isImporting = importing != null && !importing.isNull();

        List<AttributeChange> attributes = List.of();
        ChangeValues kept = ChangeValues.empty();
        JsonNode before = change.path("before");
        JsonNode after = change.path("after");
        if (detail) {
            attributes = new ChangeDiffer(values, replacePaths, action == Action.REPLACE)
                    .diff(before, after, change.get("after_unknown"), change.get("before_sensitive"),
                            change.get("after_sensitive"));
            kept = ChangeValues.of(values.redactResource(before, change.get("before_sensitive")),
                    values.redactResource(after, change.get("after_sensitive")));
        }
        String name = text(entry, "name");
        return new ResourceChange(address, text(entry, "module_address"), entry.path("mode").asText("managed"),
                type, name, index(entry.get("index")), text(entry, "provider_name"),
                new ChangeLabel(resourceType, values).of(type, name, before, after, change),
                action, actions, text(entry, "action_reason"), isImporting,
                isImporting ? redactor.mask(text(importing, "id")) : null, text(entry, "previous_address"),
                text(entry, "deposed"), attributes, replacePaths, kept);
    }

    /** Terraform's replace_paths (lists of steps) in the attribute-path grammar. */
    private static List<String> replacePaths(JsonNode paths, ResourceType type) {
        List<String> out = new ArrayList<>();
        for (JsonNode steps : paths) {
            String path = "";
            for (JsonNode step : steps) {
                if (step.isNumber()) {
                    path = AttributePath.index(path, step.asInt());
                } else if (!path.isEmpty() && type != null && type.isMap(AttributePath.toPattern(path))) {
                    path = AttributePath.key(path, step.asText());
                } else {
                    path = AttributePath.member(path, step.asText());
                }
            }
            if (!path.isEmpty()) {
                out.add(path);
            }
        }
        return out;
    }

    private static String index(JsonNode index) {
        if (index == null || index.isNull()) {
            return null;
        }
        return index.isTextual() ? "\"" + index.textValue() + "\"" : index.asText();
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }
}
