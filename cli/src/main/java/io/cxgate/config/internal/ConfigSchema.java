package io.cxgate.config.internal;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.InvalidInputException;
import io.cxgate.yaml.YamlSchema;
import io.cxgate.yaml.YamlSource;

/** Validates a config document against {@code io/cxgate/config/cxgate.schema.json} (draft 2020-12). */
public final class ConfigSchema {
    public static final String RESOURCE = "/io/cxgate/config/cxgate.schema.json";
    private static final YamlSchema SCHEMA = YamlSchema.load(RESOURCE);

    private ConfigSchema() {
    }

    /** @throws InvalidInputException for the first problem, as one line naming file, line and field */
    public static void validate(JsonNode document, YamlSource source) {
        SCHEMA.validate(document, source);
    }
}
