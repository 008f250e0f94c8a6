package io.cxgate.genesys;

import java.util.List;

/**
 * What the provider documents about one attribute path of a resource type.
 *
 * @param pattern   path pattern in the attribute grammar with {@code [*]} for elements, e.g. {@code members[*].user_id}
 * @param kind      string, number, bool, list, set, map, block or block-set
 * @param references resource types whose IDs this attribute holds
 */
public record AttributeInfo(String pattern, String kind, boolean required, boolean readOnly, boolean deprecated,
                            boolean sensitive, boolean forcesReplacement, List<String> references) {
    public AttributeInfo {
        references = List.copyOf(references);
    }

    /** Sets (and set-typed blocks) are diffed as elements added and removed. */
    public boolean isSet() {
        return "set".equals(kind) || "block-set".equals(kind);
    }

    /** Objects under a map attribute are keyed by free text, written {@code ["key"]}. */
    public boolean isMap() {
        return "map".equals(kind);
    }

    public boolean isReference() {
        return !references.isEmpty();
    }
}
