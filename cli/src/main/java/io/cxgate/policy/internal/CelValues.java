package io.cxgate.policy.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.NullValue;
import com.google.protobuf.Timestamp;

/** Java values as CEL sees them, and CEL values as message text. */
final class CelValues {
    /** CEL's {@code null}. */
    static final Object NULL = NullValue.NULL_VALUE;

    private CelValues() {
    }

    static Object nullable(Object value) {
        return value == null ? NULL : value;
    }

    /** A JSON value as CEL values: objects as maps, arrays as lists, integers as ints (longs), null as null. */
    static Object of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NULL;
        }
        switch (node.getNodeType()) {
            case OBJECT: {
                Map<String, Object> map = new HashMap<>(Math.max(4, node.size() * 2));
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    map.put(e.getKey(), of(e.getValue()));
                }
                return map;
            }
            case ARRAY: {
                List<Object> list = new ArrayList<>(node.size());
                node.forEach(element -> list.add(of(element)));
                return list;
            }
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                return node.canConvertToLong() && node.isIntegralNumber() ? (Object) node.longValue() : (Object) node.doubleValue();
            default:
                return node.asText();
        }
    }

    private static final java.time.format.DateTimeFormatter MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A time in a message: to the minute, in the config's time zone, e.g. {@code 2026-11-26 22:00 Europe/Berlin}. */
    static String time(Timestamp t, java.time.ZoneId zone) {
        String zoneName = zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
        return MINUTES.format(Instant.ofEpochSecond(t.getSeconds(), t.getNanos()).atZone(zone)) + " " + zoneName;
    }

    /** A CEL result as message text: strings as they are, structures as compact JSON-like text. */
    static String text(Object value) {
        // a list of strings in a message reads as prose ("a; b"), not as a CEL literal
        if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(String.class::isInstance)) {
            return String.join("; ", list.stream().map(String.class::cast).toList());
        }
        StringBuilder sb = new StringBuilder();
        append(sb, value, false);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object value, boolean quoted) {
        if (value == null || value instanceof NullValue) {
            sb.append("null");
        } else if (value instanceof String s) {
            if (quoted) {
                sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            } else {
                sb.append(s);
            }
        } else if (value instanceof Double d) {
            sb.append(d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : d.toString());
        } else if (value instanceof Timestamp t) {
            sb.append(Instant.ofEpochSecond(t.getSeconds(), t.getNanos()));
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(first ? "" : ", ");
                first = false;
                append(sb, e.getKey(), true);
                sb.append(": ");
                append(sb, e.getValue(), true);
            }
            sb.append('}');
        } else if (value instanceof Iterable<?> list) {
            sb.append('[');
            boolean first = true;
            for (Object element : list) {
                sb.append(first ? "" : ", ");
                first = false;
                append(sb, element, true);
            }
            sb.append(']');
        } else {
            sb.append(value);
        }
    }
}
