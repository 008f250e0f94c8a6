package io.cxgate.plan.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * Streams the plan's {@code configuration} for the root module's sensitive variables and outputs; resource
 * blocks and module calls are skipped without being read into memory.
 */
public final class ConfigurationReader {
    private final Set<String> sensitiveVariables = new HashSet<>();
    private final Set<String> sensitiveOutputs = new HashSet<>();

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
                readRootModule(p);
            } else {
                p.skipChildren();
            }
        }
        return new PlanConfiguration(sensitiveVariables, sensitiveOutputs);
    }

    private void readRootModule(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "variables" -> collectSensitive(p.readValueAsTree(), sensitiveVariables);
                case "outputs" -> collectSensitive(p.readValueAsTree(), sensitiveOutputs);
                default -> p.skipChildren();
            }
        }
    }

    private static void collectSensitive(JsonNode declarations, Set<String> into) {
        declarations.fields().forEachRemaining(e -> {
            if (e.getValue().path("sensitive").asBoolean(false)) {
                into.add(e.getKey());
            }
        });
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
