package io.cxgate.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.cxgate.record.Entry;

/**
 * A {@code drift-check} entry as history lists it. Only the body fields {@code drifted} (count) and
 * {@code addresses} are read; the drift command owns the rest of the body.
 */
public record DriftCheck(String id, String environment, Instant at, long drifted, List<String> addresses) {
    public DriftCheck {
        addresses = List.copyOf(addresses);
    }

    public static DriftCheck of(Entry entry) {
        JsonNode body = entry.body();
        List<String> addresses = new ArrayList<>();
        body.path("addresses").forEach(a -> addresses.add(a.asText()));
        JsonNode drifted = body.path("drifted");
        long count = drifted.isNumber() ? drifted.asLong() : drifted.isBoolean() ? (drifted.asBoolean()
                ? Math.max(1, addresses.size()) : 0) : addresses.size();
        return new DriftCheck(entry.id(), entry.environment(), entry.at(), count, addresses);
    }
}
