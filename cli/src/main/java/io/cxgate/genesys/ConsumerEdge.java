package io.cxgate.genesys;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One "who uses what" edge outside Architect dependency tracking: objects of type {@code consumer}
 * whose attribute {@code attribute} holds the ID of a {@code used} object.
 *
 * @param used      the {@code genesyscloud_*} type of the used object, e.g. {@code genesyscloud_routing_skill}
 * @param consumer  the type of the object that uses it, e.g. {@code genesyscloud_routing_email_route}
 * @param attribute the consumer's org attribute (an ID, a list of IDs or a map of IDs), e.g. {@code skillIds}
 * @param role      what the used object is to the consumer, e.g. {@code one of its skills}; null for holders
 * @param holder    true when consumers hold the object (users holding a skill): reported together, not one by one
 */
public record ConsumerEdge(String used, String consumer, String attribute, String role, boolean holder) {
    public ConsumerEdge {
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(attribute, "attribute");
        if (!holder && (role == null || role.isBlank())) {
            throw new IllegalArgumentException("consumer edge " + used + " <- " + consumer + "." + attribute
                    + " needs a role");
        }
    }

    /** Whether an attribute value (an ID, a list or a map of IDs) holds {@code id}. */
    public static boolean holds(Object value, String id) {
        return id.equals(value)
                || value instanceof List<?> list && list.contains(id)
                || value instanceof Map<?, ?> map && map.containsValue(id);
    }
}
