package io.cxgate.simulate.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.plan.AttributePath;

/** Reads text values out of a resource's planned values by catalog path pattern ({@code a[*].b}). */
public final class ValuePaths {
    private ValuePaths() {
    }

    /** A text value and the concrete path it was found at, e.g. {@code routing_skills[1].skill_id}. */
    public record Found(String path, String value) {
    }

    /**
     * Every text value at {@code pattern}: a string leaf, each string element of a list or set
     * leaf, each string value of a map leaf.
     */
    public static List<Found> collect(JsonNode root, String pattern) {
        List<Found> out = new ArrayList<>();
        List<Step> steps = parse(pattern);
        walk(root, steps, 0, "", out);
        return out;
    }

    /** Text at a concrete path, or null when absent, null or not a scalar. */
    public static String text(JsonNode node, String path) {
        JsonNode value = AttributePath.valueAt(node, path);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    private record Step(String name, int stars) {
    }

    private static List<Step> parse(String pattern) {
        List<Step> steps = new ArrayList<>();
        for (String part : pattern.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            int stars = bracket < 0 ? 0 : (part.length() - bracket) / "[*]".length();
            steps.add(new Step(name, stars));
        }
        return steps;
    }

    private static void walk(JsonNode node, List<Step> steps, int i, String path, List<Found> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (i == steps.size()) {
            leaf(node, path, out);
            return;
        }
        Step step = steps.get(i);
        descend(node.get(step.name()), step.stars(), AttributePath.member(path, step.name()), steps, i + 1, out);
    }

    private static void descend(JsonNode node, int stars, String path, List<Step> steps, int next, List<Found> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (stars == 0) {
            walk(node, steps, next, path, out);
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                descend(node.get(i), stars - 1, AttributePath.index(path, i), steps, next, out);
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> descend(e.getValue(), stars - 1, AttributePath.key(path, e.getKey()),
                    steps, next, out));
        }
    }

    private static void leaf(JsonNode node, String path, List<Found> out) {
        if (node.isTextual()) {
            out.add(new Found(path, node.asText()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isTextual()) {
                    out.add(new Found(AttributePath.index(path, i), node.get(i).asText()));
                }
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().isTextual()) {
                    out.add(new Found(AttributePath.key(path, e.getKey()), e.getValue().asText()));
                }
            });
        }
    }
}
