package io.cxgate.genesys.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One object of the org, as much of it as the checks need.
 *
 * @param id the object's id ({@code genesyscloud_routing_email_domain}: the domain name)
 * @param name display name (for an email route: {@code pattern@domain})
 * @param resourceType the Terraform resource type, e.g. {@code genesyscloud_routing_queue}
 * @param apiType the Architect dependency-tracking object type, e.g. {@code QUEUE},
 *        {@code INBOUNDCALLFLOW}; types dependency tracking does not know get a descriptive name
 *        ({@code INTEGRATION}, {@code DIVISION}, {@code LOCATION}, {@code DIDPOOL}, {@code EMAILDOMAIN})
 * @param division the division id, or null for objects without one
 * @param attributes key attributes, by the names {@link ResourceListings} documents; values are
 *        strings, booleans, longs, doubles, lists and string-keyed maps of those (numbers are
 *        normalised to long/double; null values are dropped; maps iterate in key order)
 * @param dateModified when the object last changed, when the API says
 * @param modifiedBy who changed it last (a user id), when the API says
 */
public record OrgObject(String id, String name, String resourceType, String apiType, String division,
        Map<String, Object> attributes, Instant dateModified, String modifiedBy) {

    public OrgObject {
        requireText(id, "id");
        requireText(name, "name");
        requireText(resourceType, "resourceType");
        requireText(apiType, "apiType");
        attributes = normaliseMap(attributes == null ? Map.of() : attributes, "attributes");
    }

    /** A string attribute, or null when absent or not a string. */
    public String text(String key) {
        return attributes.get(key) instanceof String s ? s : null;
    }

    /** A list-of-strings attribute (e.g. {@code routingSkills}), empty when absent. */
    public List<String> texts(String key) {
        if (!(attributes.get(key) instanceof List<?> list)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof String s) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** The same object with other attributes. */
    public OrgObject withAttributes(Map<String, Object> attributes) {
        return new OrgObject(id, name, resourceType, apiType, division, attributes, dateModified, modifiedBy);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("OrgObject." + field + " must not be blank");
        }
    }

    private static Map<String, Object> normaliseMap(Map<?, ?> map, String path) {
        Map<String, Object> out = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException(path + ": key is not a string: " + e.getKey());
            }
            Object value = normalise(e.getValue(), path + "." + key);
            if (value != null) {
                out.put(key, value);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Object normalise(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : (Object) big.doubleValue();
        }
        if (value instanceof BigDecimal dec) {
            return dec.doubleValue();
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            int i = 0;
            for (Object item : list) {
                Object n = normalise(item, path + "[" + i++ + "]");
                if (n != null) {
                    out.add(n);
                }
            }
            return List.copyOf(out);
        }
        if (value instanceof Map<?, ?> map) {
            return normaliseMap(map, path);
        }
        throw new IllegalArgumentException(path + ": unsupported attribute value type " + value.getClass().getName());
    }

    /** Builds an attribute map, skipping nulls and empty lists. */
    public static final class Attributes {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Attributes put(String key, Object value) {
            Objects.requireNonNull(key);
            if (value != null && !(value instanceof Collection<?> c && c.isEmpty())
                    && !(value instanceof Map<?, ?> m && m.isEmpty())) {
                values.put(key, value);
            }
            return this;
        }

        public Map<String, Object> build() {
            return values;
        }
    }
}
