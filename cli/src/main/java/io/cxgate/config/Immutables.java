package io.cxgate.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Immutable copies that keep the file's order (Map.copyOf does not, and "known: dev, uat, prod" should). */
final class Immutables {
    private Immutables() {
    }

    static <K, V> Map<K, V> orderedMap(Map<K, V> map, String what) {
        Objects.requireNonNull(map, what);
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, what + " key"), Objects.requireNonNull(v, what + " value")));
        return Collections.unmodifiableMap(copy);
    }

    static <T> List<T> list(List<T> list, String what) {
        return List.copyOf(Objects.requireNonNull(list, what));
    }
}
