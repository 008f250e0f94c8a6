package io.cxgate.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place in the config document: keys ({@link String}) and list indexes ({@link Integer}) from the root.
 * Shown as {@code environments.prod.varFiles[0]}; keys that are not plain words as {@code mappings["Sales (UAT)"]}.
 */
public record FieldPath(List<Object> elements) {
    public static final FieldPath ROOT = new FieldPath(List.of());
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    public FieldPath {
        elements = List.copyOf(elements);
        for (Object e : elements) {
            if (!(e instanceof String) && !(e instanceof Integer)) {
                throw new IllegalArgumentException("path element must be a key or an index: " + e);
            }
        }
    }

    public static FieldPath of(Object... elements) {
        return new FieldPath(List.of(elements));
    }

    public FieldPath key(String key) {
        return append(key);
    }

    public FieldPath index(int index) {
        return append(index);
    }

    public boolean isRoot() {
        return elements.isEmpty();
    }

    public FieldPath parent() {
        if (isRoot()) {
            throw new IllegalStateException("the root has no parent");
        }
        return new FieldPath(elements.subList(0, elements.size() - 1));
    }

    /** The JSON pointer (RFC 6901), {@code ""} for the root. */
    public String pointer() {
        StringBuilder sb = new StringBuilder();
        for (Object e : elements) {
            sb.append('/').append(e.toString().replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /** As shown in messages, {@code ""} for the root. */
    public String display() {
        StringBuilder sb = new StringBuilder();
        for (Object e : elements) {
            if (e instanceof Integer) {
                sb.append('[').append(e).append(']');
            } else if (PLAIN_KEY.matcher((String) e).matches()) {
                sb.append(sb.length() == 0 ? "" : ".").append(e);
            } else {
                sb.append("[\"").append(((String) e).replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return display();
    }

    private FieldPath append(Object element) {
        List<Object> longer = new ArrayList<>(elements);
        longer.add(Objects.requireNonNull(element));
        return new FieldPath(longer);
    }
}
