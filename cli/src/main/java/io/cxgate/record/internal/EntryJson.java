package io.cxgate.record.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.bundle.CanonicalJson;
import io.cxgate.files.Digests;
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
        return hashed(entry.seq(), entry.id(), entry.kind().id(), entry.environment(), at(entry.at()), entry.identity(),
                entry.identitySource(), entry.body(), entry.prevHash());
    }

    /** The hashed object from column values as stored (verify recomputes hashes from these). */
    static ObjectNode hashed(long seq, String id, String kind, String environment, String at, String identity,
                             String identitySource, ObjectNode body, String prevHash) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("seq", seq);
        node.put("id", id);
        node.put("kind", kind);
        node.put("environment", environment);
        node.put("at", at);
        node.put("identity", identity);
        node.put("identitySource", identitySource);
        node.set("body", body);
        node.put("prevHash", prevHash);
        return node;
    }

    /** Lowercase hex SHA-256 of the canonical form of a hashed object. */
    static String hash(ObjectNode hashed) {
        return Digests.hex(CanonicalJson.canonicalize(text(hashed)));
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
