package io.cxgate.plan.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.ResourceType;
import io.cxgate.plan.AttributePath;
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
                    out.add(readResource(p));
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

    /**
     * Reads one resource instance, keeping of its values only the ID and the naming attribute:
     * building a tree per resource would dominate the time spent on large states.
     */
    private ManagedObject readResource(JsonParser p) throws IOException {
        String address = null;
        String mode = "managed";
        String type = null;
        JsonNode values = null;
        JsonNode sensitive = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "address": address = p.getValueAsString(); break;
                case "mode": mode = p.getValueAsString(); break;
                case "type": type = p.getValueAsString(); break;
                case "values": values = type == null ? p.readValueAsTree() : readKeyValues(p, nameAttribute(type)); break;
                case "sensitive_values": sensitive = p.readValueAsTree(); break;
                default: p.skipChildren();
            }
        }
        return managed(address, mode, type, values, sensitive);
    }

    /** Only {@code id} and the first step of the naming attribute; the rest is skipped unparsed. */
    private static JsonNode readKeyValues(JsonParser p, String nameAttribute) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return p.readValueAsTree();
        }
        String nameField = nameAttribute.split("[.\\[]", 2)[0];
        com.fasterxml.jackson.databind.node.ObjectNode kept = Json.MAPPER.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("id") || field.equals(nameField)) {
                kept.set(field, p.readValueAsTree());
            } else {
                p.skipChildren();
            }
        }
        return kept;
    }

    private String nameAttribute(String type) {
        return catalog.type(type).flatMap(ResourceType::nameAttribute).orElse("name");
    }

    private ManagedObject managed(String address, String mode, String type, JsonNode values, JsonNode sensitive) {
        String nameAttribute = nameAttribute(type == null ? "" : type);
        String name = null;
        JsonNode nameNode = values == null ? null : AttributePath.valueAt(values, nameAttribute);
        if (nameNode != null && nameNode.isValueNode() && !nameNode.isNull()
                && !ValueRedactor.isMarked(sensitive, nameAttribute)) {
            name = redactor.mask(nameNode.asText());
        }
        JsonNode id = values == null ? null : values.get("id");
        return new ManagedObject(address, mode, type, id == null || id.isNull() ? null : id.asText(), name);
    }
}
