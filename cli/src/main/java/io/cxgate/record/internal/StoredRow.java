package io.cxgate.record.internal;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;

/**
 * An entries row exactly as stored, before any check: verify works on these, so an edited column is reported,
 * not thrown over.
 */
record StoredRow(long seq, String id, String kind, String environment, String at, String identity,
                 String identitySource, String body, String prevHash, String hash, String mac) {
    static final String COLUMNS = "seq, id, kind, environment, at, identity, identity_source, body, prev_hash, hash, mac";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static StoredRow read(ResultSet rows) throws SQLException {
        return new StoredRow(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10),
                rows.getString(11));
    }

    /** The body as a JSON object, empty when it is not one. */
    Optional<ObjectNode> bodyObject() {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The hash these columns call for, as written with {@code seq} in place of the stored one; empty when unreadable. */
    Optional<String> computedHash(long asSeq) {
        Optional<ObjectNode> object = bodyObject();
        if (object.isEmpty() || id == null || kind == null || environment == null || at == null || identity == null
                || identitySource == null || prevHash == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(EntryJson.hash(EntryJson.hashed(asSeq, id, kind, environment, at, identity, identitySource,
                    object.get(), prevHash)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The row as an {@link Entry}. */
    Entry toEntry() {
        EntryKind entryKind = EntryKind.fromId(kind)
                .orElseThrow(() -> new IllegalStateException("entry seq " + seq + " has unknown kind '" + kind + "'"));
        ObjectNode object = bodyObject()
                .orElseThrow(() -> new IllegalStateException("entry seq " + seq + " has a body that is not a JSON object"));
        Instant instant;
        try {
            instant = Instant.parse(at);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalStateException("entry seq " + seq + " has an unreadable time '" + at + "'");
        }
        return new Entry(seq, id, entryKind, environment, instant, identity, identitySource, object, prevHash, hash,
                Optional.ofNullable(mac));
    }
}
