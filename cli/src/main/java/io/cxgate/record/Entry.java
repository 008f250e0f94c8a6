package io.cxgate.record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.files.Digests;
import io.cxgate.identity.Identity;
import io.cxgate.record.internal.EntryJson;

/**
 * One stored entry of the chain (ARCHITECTURE.md, "Records store"). Its JSON object is
 * {@code {seq, id, kind, environment, at, identity, identitySource, body, prevHash}}; {@link #hash()} is the
 * lowercase hex SHA-256 of that object's RFC 8785 canonical form and {@link #mac()}, with a signing key, the
 * lowercase hex HMAC-SHA256 of the hash.
 *
 * @param seq         1, 2, … with no gaps, unique in the store
 * @param id          {@code <env>-<NNNN>} for a deployment (shared by its apply-started and apply-finished),
 *                    else {@code <kind>-<seq>}
 * @param at          UTC, whole milliseconds
 * @param body        the kind's facts; blob references live in its {@code blobs} member (see {@link #blobs()})
 * @param prevHash    the previous entry's hash, 64 zeros for the first
 * @param hash        as stored; {@link #computedHash()} is what it should be
 * @param mac         present when the store signs entries
 */
public record Entry(long seq, String id, EntryKind kind, String environment, Instant at, String identity,
                    String identitySource, ObjectNode body, String prevHash, String hash, Optional<String> mac) {
    /** The {@code prevHash} of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    /** The body member holding blob references: name → {@code sha256:…} digest. */
    public static final String BLOBS = "blobs";
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public Entry {
        if (seq < 1) {
            throw new IllegalArgumentException("seq " + seq + " is not positive");
        }
        requireText(id, "id");
        Objects.requireNonNull(kind, "kind");
        requireText(environment, "environment");
        Objects.requireNonNull(at, "at");
        at = at.truncatedTo(ChronoUnit.MILLIS);
        requireText(identity, "identity");
        requireText(identitySource, "identitySource");
        body = Objects.requireNonNull(body, "body").deepCopy();
        requireHex(prevHash, "prevHash");
        requireHex(hash, "hash");
        Objects.requireNonNull(mac, "mac").ifPresent(m -> requireHex(m, "mac"));
    }

    /** A copy of the body (entries are immutable). */
    @Override
    public ObjectNode body() {
        return body.deepCopy();
    }

    /** The identity that wrote it, as a value. */
    public Identity writer() {
        return new Identity(identity, identitySource);
    }

    /** The body member {@code name} as text, empty when absent or not text. */
    public Optional<String> bodyText(String name) {
        JsonNode value = body.get(name);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** Blobs this entry refers to: name → {@code sha256:…}, in body order. */
    public Map<String, String> blobs() {
        Map<String, String> blobs = new LinkedHashMap<>();
        body.path(BLOBS).fields().forEachRemaining(e -> blobs.put(e.getKey(), e.getValue().asText()));
        return blobs;
    }

    /** The entry's JSON object (without hash and mac) in RFC 8785 canonical form: what {@link #hash()} covers. */
    public String canonicalForm() {
        return EntryJson.canonical(this);
    }

    /** The hash the stored columns call for; differs from {@link #hash()} when a column was edited. */
    public String computedHash() {
        return Digests.hex(canonicalForm().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code sha256:<hash>}: how a chain head is printed and given to {@code records verify --head}. */
    public String headRef() {
        return Digests.PREFIX + hash;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }

    private static void requireHex(String value, String name) {
        if (value == null || !HEX64.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " is not 64 lowercase hex digits: " + value);
        }
    }
}
