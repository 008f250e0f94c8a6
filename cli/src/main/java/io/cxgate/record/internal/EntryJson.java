package io.cxgate.record.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.bundle.CanonicalJson;
import io.cxgate.record.Entry;

/** An entry as the JSON object its hash covers, and the one timestamp format of entries. */
public final class EntryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EntryJson() {
    }

    /** {@code {seq, id, kind, environment, at, identity, identitySource, body, prevHash}}. */
    public static ObjectNode hashed(Entry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("seq", entry.seq());
        node.put("id", entry.id());
        node.put("kind", entry.kind().id());
        node.put("environment", entry.environment());
        node.put("at", at(entry.at()));
        node.put("identity", entry.identity());
        node.put("identitySource", entry.identitySource());
        node.set("body", entry.body());
        node.put("prevHash", entry.prevHash());
        return node;
    }

    /** The hashed object in RFC 8785 canonical form. */
    public static String canonical(Entry entry) {
        return CanonicalJson.canonicalString(text(hashed(entry)));
    }

    /** The hashed object plus {@code hash} and, when signed, {@code mac}: an entry as {@code show} prints it. */
    public static ObjectNode full(Entry entry) {
        ObjectNode node = hashed(entry);
        node.put("hash", entry.hash());
        entry.mac().ifPresent(mac -> node.put("mac", mac));
        return node;
    }

    /** UTC ISO-8601 with exactly three fraction digits and {@code Z}: {@code 2026-11-26T09:00:00.000Z}. */
    public static String at(Instant at) {
        return AT.format(at);
    }

    /** A body in canonical form: how bodies are stored, so reading one back gives the same hash. */
    public static String canonicalBody(ObjectNode body) {
        return CanonicalJson.canonicalString(text(body));
    }

    static String text(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
