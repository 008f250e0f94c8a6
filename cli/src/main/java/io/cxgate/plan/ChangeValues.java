package io.cxgate.plan;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import io.cxgate.plan.internal.Json;

/**
 * A change's full before and after values, already redacted, kept as compact JSON bytes and
 * parsed only when a policy asks for them. Holding trees for every change of a large plan would
 * cost several times the plan's size in memory.
 */
public final class ChangeValues {
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final ChangeValues EMPTY = new ChangeValues(NULL, NULL);

    private final byte[] before;
    private final byte[] after;

    private ChangeValues(byte[] before, byte[] after) {
        this.before = before;
        this.after = after;
    }

    public static ChangeValues empty() {
        return EMPTY;
    }

    /** Both values must already be redacted. */
    public static ChangeValues of(JsonNode before, JsonNode after) {
        return new ChangeValues(bytes(before), bytes(after));
    }

    public JsonNode before() {
        return parse(before);
    }

    public JsonNode after() {
        return parse(after);
    }

    /** Approximate retained size, for the benchmark notes. */
    public int byteSize() {
        return before.length + after.length;
    }

    private static byte[] bytes(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NULL;
        }
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(byte[] bytes) {
        if (bytes == NULL) {
            return NullNode.getInstance();
        }
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "ChangeValues[" + byteSize() + " bytes]";
    }
}
