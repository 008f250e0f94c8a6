package io.cxgate.record.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class BlobCipherTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String DIGEST = "sha256:" + "a".repeat(64);

    @Test
    void hkdfMatchesRfc5869TestCase1() {
        byte[] ikm = new byte[22];
        Arrays.fill(ikm, (byte) 0x0b);
        byte[] okm = BlobCipher.hkdfSha256(ikm, HEX.parseHex("000102030405060708090a0b0c"),
                HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        assertEquals("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865",
                HEX.formatHex(okm));
    }

    @Test
    void sealedBlobsOpenWithTheSameKeyAndDigestOnly() {
        byte[] state = "{\"secret\":\"hunter2\"}".getBytes(StandardCharsets.UTF_8);
        BlobCipher cipher = new BlobCipher("k".repeat(32).getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.encrypt(DIGEST, state);

        assertTrue(new String(sealed, StandardCharsets.ISO_8859_1).indexOf("hunter2") < 0);
        assertArrayEquals(state, cipher.decrypt(DIGEST, sealed).orElseThrow());
        assertTrue(cipher.decrypt("sha256:" + "b".repeat(64), sealed).isEmpty(), "moved to another digest");
        assertTrue(new BlobCipher("j".repeat(32).getBytes(StandardCharsets.UTF_8)).decrypt(DIGEST, sealed).isEmpty(),
                "another key");
        sealed[sealed.length - 1] ^= 1;
        assertTrue(cipher.decrypt(DIGEST, sealed).isEmpty(), "a flipped bit");
    }

    @Test
    void everySealingUsesAFreshNonce() {
        BlobCipher cipher = new BlobCipher("k".repeat(32).getBytes(StandardCharsets.UTF_8));
        byte[] plain = {1, 2, 3};
        assertNotEquals(HEX.formatHex(cipher.encrypt(DIGEST, plain)), HEX.formatHex(cipher.encrypt(DIGEST, plain)));
    }

    @Test
    void theMacIsHmacSha256OfTheHashHex() {
        // python3: hmac.new(b'0123456789abcdef0123456789abcdef', hash.encode(), hashlib.sha256).hexdigest()
        EntrySigner signer = new EntrySigner("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        String hash = "5cfae5a7ab0b0677dda627db9a2a9116c49cf7123e8cf6e1458e14154ab0b5ae";
        assertEquals("4e1c51ae90f8a7d12700c3496ce592fe428d86adf69107892e84945079bbf352", signer.mac(hash));
        assertTrue(signer.matches(hash, signer.mac(hash)));
    }
}
