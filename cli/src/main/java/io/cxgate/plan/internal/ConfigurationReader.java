package io.cxgate.plan.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import io.cxgate.plan.Action;
import io.cxgate.plan.OutputChange;
import io.cxgate.plan.PlanConfiguration;
import io.cxgate.redact.Redactor;
import io.cxgate.redact.SecretNames;

/**
 * Streams the plan's {@code configuration}: the root module's sensitive variables and outputs,
 * and per resource block the addresses its expressions reference and its {@code depends_on}. Module calls
 * are followed so resources in modules get their full config address
 * ({@code module.queues.genesyscloud_routing_queue.sales}); a module call is recorded under its own
 * address ({@code module.queues}) with what its arguments reference and its {@code depends_on}.
 */
public final class ConfigurationReader {
    private final Set<String> sensitiveVariables = new HashSet<>();
    private final Set<String> sensitiveOutputs = new HashSet<>();
    private final Map<String, List<String>> references = new LinkedHashMap<>();

    /** Reads the configuration object the parser is positioned on. */
    public PlanConfiguration read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return PlanConfiguration.EMPTY;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("root_module")) {
                readModule(p, "", true);
            } else {
                p.skipChildren();
            }
        }
        return new PlanConfiguration(sensitiveVariables, sensitiveOutputs, references);
    }

    private void readModule(JsonParser p, String prefix, boolean root) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "variables":
                    collectSensitive(p.readValueAsTree(), root ? sensitiveVariables : null);
                    break;
                case "outputs":
                    collectSensitive(p.readValueAsTree(), root ? sensitiveOutputs : null);
                    break;
                case "resources":
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode resource = p.readValueAsTree();
                        Set<String> refs = new LinkedHashSet<>();
                        collectReferences(resource.path("expressions"), refs);
                        resource.path("depends_on").forEach(d -> refs.add(d.asText()));
                        // every resource gets an entry (maybe empty): absence means "not in the configuration"
                        references.put(prefix + resource.path("address").asText(), List.copyOf(refs));
                    }
                    break;
                case "module_calls":
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String call = p.currentName();
                        p.nextToken();
                        readModuleCall(p, prefix + "module." + call + ".");
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
    }

    /**
     * A module call: its module, and under the call's own address ({@code module.flows}) what its
     * arguments reference and its {@code depends_on} (addresses of the calling module).
     */
    private void readModuleCall(JsonParser p, String prefix) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        Set<String> refs = new LinkedHashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "module" -> readModule(p, prefix, false);
                case "expressions" -> collectReferences(p.readValueAsTree(), refs);
                case "depends_on" -> ((JsonNode) p.readValueAsTree()).forEach(d -> refs.add(d.asText()));
                default -> p.skipChildren();
            }
        }
        references.put(prefix.substring(0, prefix.length() - 1), List.copyOf(refs));
    }

    private static void collectSensitive(JsonNode declarations, Set<String> into) {
        if (into == null) {
            return;
        }
        declarations.fields().forEachRemaining(e -> {
            if (e.getValue().path("sensitive").asBoolean(false)) {
                into.add(e.getKey());
            }
        });
    }

    private static void collectReferences(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("references") && e.getValue().isArray()) {
                    e.getValue().forEach(r -> into.add(r.asText()));
                } else {
                    collectReferences(e.getValue(), into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, into));
        }
    }

    /**
     * The string leaves of the values of the named variables (from the plan's {@code variables}), and the text
     * values of variables whose name is a secret's ({@link SecretNames}: {@code facebook_app_secret}).
     */
    public static List<String> sensitiveVariableValues(JsonNode variables, Set<String> names) {
        List<String> out = new ArrayList<>();
        if (variables == null) {
            return out;
        }
        for (String name : names) {
            collectStrings(variables.path(name).path("value"), out);
        }
        variables.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name) && SecretNames.isSecret(name)) {
                collectText(variables.path(name).path("value"), out);
            }
        });
        return out;
    }

    private static void collectText(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.textValue());
        } else {
            node.forEach(child -> collectText(child, out));
        }
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isValueNode() && !node.isNull()) {
            out.add(node.asText());
        } else {
            node.forEach(child -> collectStrings(child, out));
        }
    }

    /** The plan's {@code output_changes}, redacted. */
    public static List<OutputChange> outputs(JsonNode outputChanges, Set<String> sensitiveOutputs, Redactor redactor) {
        List<OutputChange> out = new ArrayList<>();
        if (outputChanges == null) {
            return out;
        }
        ValueRedactor values = new ValueRedactor(null, redactor);
        outputChanges.fields().forEachRemaining(e -> {
            JsonNode change = e.getValue();
            List<String> actions = new ArrayList<>();
            change.path("actions").forEach(a -> actions.add(a.asText()));
            boolean sensitive = sensitiveOutputs.contains(e.getKey()) || SecretNames.isSecret(e.getKey())
                    || ValueRedactor.isTrue(change.get("before_sensitive"))
                    || ValueRedactor.isTrue(change.get("after_sensitive"));
            boolean unknown = ValueRedactor.isTrue(change.get("after_unknown"));
            JsonNode before = orNull(change.get("before"));
            JsonNode after = unknown ? NullNode.getInstance() : orNull(change.get("after"));
            out.add(new OutputChange(e.getKey(), Action.fromTerraform(actions),
                    sensitive && !before.isNull() ? ValueRedactor.MASK
                            : values.redact(before, change.get("before_sensitive"), "", "", false),
                    sensitive && !after.isNull() ? ValueRedactor.MASK
                            : values.redact(after, change.get("after_sensitive"), "", "", false),
                    unknown, sensitive));
        });
        return out;
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }
}
