package io.cxgate.record.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code mac} = lowercase hex HMAC-SHA256(key, the entry's hash as its 64 ASCII hex digits). */
final class EntrySigner {
    private final SecretKeySpec key;

    EntrySigner(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    String mac(String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(hash.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** Whether {@code mac} is this key's MAC of {@code hash}, compared in constant time. */
    boolean matches(String hash, String mac) {
        return MessageDigest.isEqual(mac(hash).getBytes(StandardCharsets.US_ASCII), mac.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "EntrySigner(sensitive)";
    }
}
