package io.cxgate.plan.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.ResourceType;
import io.cxgate.plan.ManagedObject;
import io.cxgate.redact.Redactor;

/**
 * Streams the plan's {@code prior_state} into what Terraform manages now: address, type, ID and
 * name of each resource instance. Values beyond those are dropped as they are read.
 */
public final class PriorStateReader {
    private final ResourceCatalog catalog;
    private final Redactor redactor;
    private final List<ManagedObject> out = new ArrayList<>();

    public PriorStateReader(ResourceCatalog catalog, Redactor redactor) {
        this.catalog = catalog;
        this.redactor = redactor;
    }

    public List<ManagedObject> read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return out;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("values") && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    if (key.equals("root_module")) {
                        readModule(p);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    private void readModule(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("resources") && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    out.add(managed(p.readValueAsTree()));
                }
            } else if (field.equals("child_modules") && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    readModule(p);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private ManagedObject managed(JsonNode resource) {
        String type = resource.path("type").asText();
        JsonNode values = resource.path("values");
        JsonNode sensitive = resource.path("sensitive_values");
        String nameAttribute = catalog.type(type).flatMap(ResourceType::nameAttribute).orElse("name");
        String name = null;
        JsonNode nameNode = at(values, nameAttribute);
        if (nameNode != null && nameNode.isValueNode() && !nameNode.isNull()
                && !ValueRedactor.isTrue(at(sensitive, nameAttribute))) {
            name = redactor.mask(nameNode.asText());
        }
        JsonNode id = values.get("id");
        return new ManagedObject(resource.path("address").asText(), resource.path("mode").asText("managed"), type,
                id == null || id.isNull() ? null : id.asText(), name);
    }

    /** Follows a concrete path such as {@code config[0].name}. */
    static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String step : path.split("\\.")) {
            int bracket = step.indexOf('[');
            String field = bracket < 0 ? step : step.substring(0, bracket);
            current = current == null ? null : current.get(field);
            if (bracket >= 0 && current != null) {
                current = current.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
            }
        }
        return current;
    }
}
