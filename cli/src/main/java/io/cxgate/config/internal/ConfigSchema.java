package io.cxgate.config.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import io.cxgate.InvalidInputException;

/**
 * Validates a document against {@code io/cxgate/config/cxgate.schema.json} (draft 2020-12) and reports the
 * first problem as one line. Hints for patterns live in the schema, under the {@code message} keyword.
 */
public final class ConfigSchema {
    public static final String RESOURCE = "/io/cxgate/config/cxgate.schema.json";
    private static final Schema SCHEMA = load();

    private ConfigSchema() {
    }

    /** @throws InvalidInputException for the first problem: unknown fields first, then by place, missing fields last */
    public static void validate(JsonNode document, ConfigSource source) {
        List<Error> errors = new ArrayList<>(SCHEMA.validate(document));
        if (errors.isEmpty()) {
            return;
        }
        errors.sort(Comparator.comparingInt(ConfigSchema::rank)
                .thenComparing(e -> source.marks().keyOf(subject(e)), Comparator.comparingInt(Mark::line).thenComparingInt(Mark::column)));
        throw translate(errors.get(0), source);
    }

    private static int rank(Error e) {
        return switch (e.getKeyword()) {
            case "additionalProperties", "propertyNames" -> 0;
            case "required" -> 2;
            default -> 1;
        };
    }

    /** The field an error is about: the offending key for key errors, else the instance. */
    private static FieldPath subject(Error e) {
        FieldPath at = path(e.getInstanceLocation());
        return switch (e.getKeyword()) {
            case "additionalProperties", "propertyNames", "required" -> e.getProperty() != null ? at.key(e.getProperty()) : at;
            default -> at;
        };
    }

    private static InvalidInputException translate(Error e, ConfigSource source) {
        FieldPath subject = subject(e);
        JsonNode schema = e.getSchemaNode();
        return switch (e.getKeyword()) {
            case "additionalProperties" -> source.keyError(subject, "unknown field");
            // the name's own error (with the schema's hint) is the second argument
            case "propertyNames" -> source.keyError(subject, "not a valid name: "
                    + (e.getArguments() != null && e.getArguments().length > 1 ? e.getArguments()[1] : e.getMessage()));
            // the field is absent, so name its parent's place
            case "required" -> ConfigSource.at(source.display(), source.marks().keyOf(subject.parent()), subject,
                    "required field is missing");
            case "type" -> source.valueError(subject, "must be " + Kinds.expected(schema) + " (found " + Kinds.of(e.getInstanceNode()) + ")");
            case "enum" -> source.valueError(subject, "must be one of " + enumValues(schema));
            case "minimum" -> source.valueError(subject, "must be at least " + schema.asText());
            case "maximum" -> source.valueError(subject, "must be at most " + schema.asText());
            case "minLength" -> source.valueError(subject, "must not be empty");
            case "minItems" -> source.valueError(subject, "must list at least " + schema.asText() + " " + (schema.asInt() == 1 ? "entry" : "entries"));
            case "minProperties" -> source.valueError(subject, e.isCustomMessage() ? e.getMessage()
                    : "must have at least " + schema.asText() + " " + (schema.asInt() == 1 ? "entry" : "entries"));
            case "pattern" -> source.valueError(subject, e.isCustomMessage() ? e.getMessage() : "must match " + schema.asText());
            default -> source.valueError(subject, e.getMessage());
        };
    }

    private static String enumValues(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.asText()));
        return String.join(", ", names);
    }

    static FieldPath path(NodePath location) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            elements.add(element instanceof Integer ? element : String.valueOf(element));
        }
        return new FieldPath(elements);
    }

    private static Schema load() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().errorMessageKeyword("message").build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return registry.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
