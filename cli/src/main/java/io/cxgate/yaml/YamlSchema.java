package io.cxgate.yaml;

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
 * A JSON Schema (draft 2020-12) shipped in the jar, validating YAML documents and reporting the first problem as
 * one line naming file, line, column and field. Hints for patterns live in the schema, under the {@code message}
 * keyword. Used for {@code cxgate.yaml} and for policy files.
 */
public final class YamlSchema {
    private final Schema schema;

    private YamlSchema(Schema schema) {
        this.schema = schema;
    }

    /** Loads the schema at a class-path resource, e.g. {@code /io/cxgate/config/cxgate.schema.json}. */
    public static YamlSchema load(String resource) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().errorMessageKeyword("message").build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = YamlSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new YamlSchema(registry.getSchema(in, InputFormat.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidInputException for the first problem: unknown fields first, then by place, missing fields last */
    public void validate(JsonNode document, YamlSource source) {
        List<Error> errors = new ArrayList<>(schema.validate(document));
        if (errors.isEmpty()) {
            return;
        }
        errors.sort(Comparator.comparingInt(YamlSchema::rank)
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

    private static InvalidInputException translate(Error e, YamlSource source) {
        FieldPath subject = subject(e);
        JsonNode schema = e.getSchemaNode();
        return switch (e.getKeyword()) {
            case "additionalProperties" -> source.keyError(subject, "unknown field");
            // the name's own error (with the schema's hint) is the second argument
            case "propertyNames" -> source.keyError(subject, "not a valid name: "
                    + (e.getArguments() != null && e.getArguments().length > 1 ? e.getArguments()[1] : e.getMessage()));
            // the field is absent, so name its parent's place
            case "required" -> YamlSource.at(source.display(), source.marks().keyOf(subject.parent()), subject,
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

    /** The field a validator error names. */
    public static FieldPath path(NodePath location) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            elements.add(element instanceof Integer ? element : String.valueOf(element));
        }
        return new FieldPath(elements);
    }
}
