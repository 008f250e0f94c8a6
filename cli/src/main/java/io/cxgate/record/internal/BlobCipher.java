package io.cxgate.record.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for secret-bearing blobs. The AES key is HKDF-SHA256 (RFC 5869) of the variable's value; each blob
 * gets a random 96-bit nonce, stored before the ciphertext, and its digest is the additional authenticated data,
 * so a ciphertext moved to another digest's row fails to decrypt.
 */
final class BlobCipher {
    static final String ALGORITHM = "aes-256-gcm";
    private static final byte[] SALT = "cxgate records store".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INFO = "cxgate blob encryption v1 aes-256-gcm".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    BlobCipher(byte[] secret) {
        this.key = new SecretKeySpec(hkdfSha256(secret, SALT, INFO, 32), "AES");
    }

    byte[] encrypt(String digest, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(digest.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES/GCM", e);
        }
    }

    /**
     * The plaintext, or empty when the ciphertext is not this key's for this digest (wrong key, or altered).
     */
    java.util.Optional<byte[]> decrypt(String digest, byte[] stored) {
        if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
            return java.util.Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(digest.getBytes(StandardCharsets.US_ASCII));
            return java.util.Optional.of(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES));
        } catch (AEADBadTagException e) {
            return java.util.Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES/GCM", e);
        }
    }

    /** HKDF-SHA256 extract-then-expand (RFC 5869). */
    static byte[] hkdfSha256(byte[] ikm, byte[] salt, byte[] info, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.length == 0 ? new byte[32] : salt, "HmacSHA256"));
            byte[] prk = mac.doFinal(ikm);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            byte[] out = new byte[length];
            byte[] block = new byte[0];
            int filled = 0;
            for (int counter = 1; filled < length; counter++) {
                mac.update(block);
                mac.update(info);
                mac.update((byte) counter);
                block = mac.doFinal();
                int n = Math.min(block.length, length - filled);
                System.arraycopy(block, 0, out, filled, n);
                filled += n;
            }
            Arrays.fill(prk, (byte) 0);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "BlobCipher(sensitive)";
    }
}
