package io.cxgate.yaml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** YAML words for JSON types in messages: mapping, list, string. */
final class Kinds {
    private Kinds() {
    }

    /** What a value is, e.g. "a list". */
    static String of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return "a string";
    }

    /** A schema {@code type} value, e.g. {@code ["string","null"]} → "a string or null". */
    static String expected(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> names.add(name(t.asText())));
        } else {
            names.add(name(type.asText()));
        }
        return String.join(" or ", names);
    }

    private static String name(String jsonType) {
        return switch (jsonType) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "a string";
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> jsonType;
        };
    }
}
