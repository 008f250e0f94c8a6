package io.cxgate.bundle;

import io.cxgate.files.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.erdtman.jcs.JsonCanonicalizer;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): object members sorted by their UTF-16 code units, no
 * whitespace, strings escaped the ECMAScript way, numbers in ECMAScript {@code Number.prototype.toString}
 * form. The bundle digest is the SHA-256 of {@code bundle.json} in this form, so it does not depend on how the
 * file is indented or in which order its members are written.
 *
 * <p>Backed by {@code io.github.erdtman:java-json-canonicalization}, the reference implementation by an
 * author of the RFC; {@code CanonicalJsonTest} holds the RFC's own examples.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /**
     * The canonical UTF-8 bytes of a JSON text.
     *
     * @throws IllegalArgumentException when the text is not I-JSON (malformed, a duplicate member name, NaN
     *                                  or an infinite number)
     */
    public static byte[] canonicalize(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedUTF8();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not canonicalizable JSON: " + e.getMessage(), e);
        }
    }

    /** The canonical form as text. */
    public static String canonicalString(String json) {
        return new String(canonicalize(json), StandardCharsets.UTF_8);
    }

    /** {@code sha256:<hex>} of the canonical form. */
    public static String digest(String json) {
        return Digests.of(canonicalize(json));
    }
}
