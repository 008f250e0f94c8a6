package io.cxgate.livecopy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.CxgateException;

/**
 * The redacted live copies of the objects one deployment touched, taken at one moment: the blob {@code apply}
 * stores (before the change, referred to from {@code apply-started}; after it, from {@code apply-finished}).
 *
 * <pre>{"schemaVersion": 1, "moment": "before", "takenAt": "…Z", "requests": 4,
 *  "objects": [{"address", "type", "action", "id", "state", "object", "reason"?}]}</pre>
 *
 * @param moment   {@code before} or {@code after} the apply
 * @param requests Platform API requests the copies took (token included)
 */
public record LiveCopies(Moment moment, Instant takenAt, int requests, List<LiveCopy> copies) {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** Which side of the apply the copies are from. */
    public enum Moment {
        BEFORE("before"), AFTER("after");

        private final String id;

        Moment(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public LiveCopies {
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(takenAt, "takenAt");
        copies = List.copyOf(copies);
    }

    /** The copy of {@code address}, when the deployment touched it. */
    public Optional<LiveCopy> copy(String address) {
        return copies.stream().filter(c -> c.address().equals(address)).findFirst();
    }

    /** How many copies hold an object. */
    public long present() {
        return copies.stream().filter(c -> c.state() == LiveCopy.State.PRESENT).count();
    }

    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("moment", moment.id());
        root.put("takenAt", takenAt.toString());
        root.put("requests", requests);
        ArrayNode objects = root.putArray("objects");
        copies.forEach(c -> objects.add(c.toJson()));
        return root;
    }

    /** The blob's bytes: UTF-8 JSON, so equal copies are one blob. */
    public byte[] toBytes() {
        try {
            return MAPPER.writeValueAsBytes(toJson());
        } catch (IOException e) {
            throw new CxgateException("write live copies: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a stored blob.
     *
     * @param where names the blob in messages ({@code prod-0007 live copies sha256:…})
     * @throws CxgateException when the blob is not a live copies document (a damaged store: exit 1)
     */
    public static LiveCopies parse(byte[] bytes, String where) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new CxgateException(where + " is not JSON: " + e.getMessage(), e);
        }
        if (root == null || root.path("schemaVersion").asInt() != SCHEMA_VERSION || !root.path("objects").isArray()) {
            throw new CxgateException(where + " is not a live copies document of schema version " + SCHEMA_VERSION);
        }
        Moment moment = "after".equals(root.path("moment").asText()) ? Moment.AFTER : Moment.BEFORE;
        List<LiveCopy> copies = new ArrayList<>();
        try {
            root.path("objects").forEach(o -> copies.add(LiveCopy.of(o, where)));
            return new LiveCopies(moment, Instant.parse(root.path("takenAt").asText()), root.path("requests").asInt(),
                    copies);
        } catch (RuntimeException e) {
            throw new CxgateException(where + ": " + e.getMessage(), e);
        }
    }
}
