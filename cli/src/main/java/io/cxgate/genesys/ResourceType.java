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
    private final Labeling labeling;
    private final List<String> diffNoise;

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
        this(name, label, nameAttribute, apiType, listPath, singleton, attributes, Labeling.NONE, List.of());
    }

    /**
     * @param labeling  how an object's label is found beyond {@code nameAttribute}: the end of a number range, a file
     * @param diffNoise path patterns the provider shows as changed without a real change (drift rules ignore them)
     */
    public ResourceType(String name, String label, String nameAttribute, String apiType, String listPath,
                        boolean singleton, Map<String, AttributeInfo> attributes, Labeling labeling,
                        List<String> diffNoise) {
        this.labeling = labeling;
        this.diffNoise = List.copyOf(diffNoise);
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

    /**
     * Label facts beyond the naming attribute.
     *
     * @param rangeEndAttribute the attribute ending a number range that starts at the naming attribute
     *                          ({@code end_phone_number} of a DID pool), or null
     * @param fileAttribute     the attribute holding the file that defines the object ({@code filepath} of a flow),
     *                          whose name labels it when the values hold no name, or null
     */
    public record Labeling(String rangeEndAttribute, String fileAttribute) {
        public static final Labeling NONE = new Labeling(null, null);
    }

    public Labeling labeling() {
        return labeling;
    }

    /** Path patterns the provider reports as changed without a real change (known diff noise). */
    public List<String> diffNoise() {
        return diffNoise;
    }

    /** Whether a changed path is known diff noise: it or an attribute above it is listed. */
    public boolean isDiffNoise(String pattern) {
        return anyAtOrAbove(diffNoise, pattern);
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
