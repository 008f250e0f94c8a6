package io.cxgate.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.org.OrgDiff.AttributeChange;
import io.cxgate.redact.Redactor;
import io.cxgate.redact.SecretNames;

/**
 * Which attributes of one object differ between two snapshots, compared as an operator would: ids, timestamps,
 * versions and self URIs are left out, and a reference to another object (an attribute ending in {@code Id} or
 * {@code Ids}, the division, a user's skills and languages, a location's path) is compared by the referenced
 * object's name, so two orgs whose ids differ compare equal when their objects do (and the same id on both sides
 * is the same reference, even when the object it names is gone from one side).
 */
final class AttributeDiffer {
    /** Attributes holding ids of other objects that do not end in {@code Id}/{@code Ids}. */
    private static final Set<String> REFERENCES = Set.of("division", "routingSkills", "routingLanguages", "path",
            "defaultScriptIds", "homeDivision");

    private final Map<String, String> namesA;
    private final Map<String, String> namesB;
    private final Map<String, String> mappings;
    private final Redactor masks;

    AttributeDiffer(OrgSnapshot a, OrgSnapshot b, Map<String, String> mappings, Redactor masks) {
        this.namesA = names(a);
        this.namesB = names(b);
        this.mappings = Map.copyOf(mappings);
        this.masks = masks;
    }

    /** The attributes that differ, by attribute name; empty when the objects are the same. */
    List<AttributeChange> diff(OrgObject before, OrgObject after) {
        Map<String, Object> left = comparable(before, namesA);
        Map<String, Object> right = comparable(after, namesB);
        Map<String, Object> rawLeft = comparable(before, Map.of());
        Map<String, Object> rawRight = comparable(after, Map.of());
        Set<String> keys = new TreeSet<>(left.keySet());
        keys.addAll(right.keySet());
        List<AttributeChange> out = new ArrayList<>();
        for (String key : keys) {
            Object l = left.get(key);
            Object r = right.get(key);
            // the same ids (one org at two times) are the same reference, even when the object is gone from one side
            if (!same(l, r) && !Objects.equals(rawLeft.get(key), rawRight.get(key))) {
                out.add(new AttributeChange(key, shown(key, l), shown(key, r)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A value as the diff shows it: compared raw, but a value stored under a secret name ({@link SecretNames}, at
     * any depth: {@code clientSecret}, {@code headers}) is {@value Redactor#MASK}, and text matching the config's
     * {@code maskPatterns} is masked.
     */
    private Object shown(String key, Object value) {
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (SecretNames.isSecret(key)) {
            return Redactor.MASK;
        }
        if (value instanceof String text) {
            return masks.mask(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> shown(key, v)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put((String) k, shown((String) k, v)));
            return out;
        }
        return value;
    }

    /** Whether an attribute is bookkeeping, not configuration. */
    static boolean ignored(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.equals("id") || k.endsWith("uri") || k.contains("version") || k.startsWith("date")
                || k.endsWith("date") || k.endsWith("timestamp") || k.equals("modifiedby") || k.equals("createdby");
    }

    static boolean isReference(String key) {
        return key.endsWith("Id") || key.endsWith("Ids") || REFERENCES.contains(key);
    }

    private static Map<String, Object> comparable(OrgObject o, Map<String, String> names) {
        Map<String, Object> out = new TreeMap<>();
        if (o.division() != null) {
            out.put("division", resolve(o.division(), names));
        }
        o.attributes().forEach((key, value) -> {
            if (!ignored(key)) {
                out.put(key, isReference(key) ? resolve(value, names) : value);
            }
        });
        return out;
    }

    /** Ids replaced by the names of the objects they name (ids the snapshot does not hold stay as they are). */
    private static Object resolve(Object value, Map<String, String> names) {
        if (value instanceof String id) {
            return names.getOrDefault(id, id);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> resolve(v, names)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put((String) k, resolve(v, names)));
            return out;
        }
        return value;
    }

    private boolean same(Object l, Object r) {
        if (l instanceof String a && r instanceof String b) {
            return OrgDiffService.sameName(a, b, mappings);
        }
        if (l instanceof List<?> a && r instanceof List<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(l, r);
    }

    private static Map<String, String> names(OrgSnapshot snapshot) {
        Map<String, String> out = new HashMap<>();
        snapshot.objects().forEach(o -> out.putIfAbsent(o.id(), o.name()));
        return out;
    }
}
