package io.cxgate.genesys;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code genesyscloud_*} resource type as the catalog describes it. Immutable; a class rather
 * than a record because it precomputes the sensitive and ForceNew patterns the differ asks about
 * for every leaf.
 */
public final class ResourceType {
    private final String name;
    private final String label;
    private final String nameAttribute;
    private final String apiType;
    private final String listPath;
    private final boolean singleton;
    private final Map<String, AttributeInfo> attributes;
    private final List<String> sensitivePatterns;
    private final List<String> forceNewPatterns;

    /**
     * @param label         human name, e.g. {@code Queue}
     * @param nameAttribute concrete path of the attribute naming an object ({@code name}, {@code email},
     *                      {@code config[0].name}), or null for singletons
     * @param apiType       Architect dependency-tracking object type (e.g. {@code QUEUE}), or null
     * @param listPath      Platform API list endpoint, or null
     * @param attributes    by path pattern
     */
    public ResourceType(String name, String label, String nameAttribute, String apiType, String listPath,
                        boolean singleton, Map<String, AttributeInfo> attributes) {
        this.name = name;
        this.label = label;
        this.nameAttribute = nameAttribute;
        this.apiType = apiType;
        this.listPath = listPath;
        this.singleton = singleton;
        this.attributes = Map.copyOf(attributes);
        this.sensitivePatterns = attributes.values().stream().filter(AttributeInfo::sensitive)
                .map(AttributeInfo::pattern).sorted().toList();
        this.forceNewPatterns = attributes.values().stream().filter(AttributeInfo::forcesReplacement)
                .map(AttributeInfo::pattern).sorted().toList();
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public Optional<String> nameAttribute() {
        return Optional.ofNullable(nameAttribute);
    }

    public Optional<String> apiType() {
        return Optional.ofNullable(apiType);
    }

    public Optional<String> listPath() {
        return Optional.ofNullable(listPath);
    }

    public boolean singleton() {
        return singleton;
    }

    public Map<String, AttributeInfo> attributes() {
        return attributes;
    }

    public Optional<AttributeInfo> attribute(String pattern) {
        return Optional.ofNullable(attributes.get(pattern));
    }

    public boolean isSet(String pattern) {
        AttributeInfo info = attributes.get(pattern);
        return info != null && info.isSet();
    }

    public boolean isMap(String pattern) {
        AttributeInfo info = attributes.get(pattern);
        return info != null && info.isMap();
    }

    /** A path is sensitive when it or any attribute above it is marked sensitive. */
    public boolean isSensitive(String pattern) {
        return anyAtOrAbove(sensitivePatterns, pattern);
    }

    /** A path forces replacement when it or an attribute above it is ForceNew. */
    public boolean forcesReplacement(String pattern) {
        return anyAtOrAbove(forceNewPatterns, pattern);
    }

    private static boolean anyAtOrAbove(List<String> ancestors, String pattern) {
        for (String ancestor : ancestors) {
            if (pattern.equals(ancestor) || pattern.startsWith(ancestor + ".") || pattern.startsWith(ancestor + "[")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ResourceType[" + name + ", " + attributes.size() + " attributes]";
    }
}
