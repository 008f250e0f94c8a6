package io.cxgate.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 digests written as {@code sha256:<64 lowercase hex digits>}, the one digest notation of bundles and reports. */
public final class Digests {
    public static final String PREFIX = "sha256:";
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    private Digests() {
    }

    /** {@code sha256:<hex>} of these bytes. */
    public static String of(byte[] bytes) {
        return PREFIX + hex(bytes);
    }

    /** The 64 lowercase hex digits of these bytes' SHA-256. */
    public static String hex(byte[] bytes) {
        MessageDigest sha256 = sha256();
        return HexFormat.of().formatHex(sha256.digest(bytes));
    }

    /** {@code sha256:<hex>} of the file's bytes, read as a stream. */
    public static String ofFile(Path file) throws IOException {
        return PREFIX + fileHex(file);
    }

    /** The 64 lowercase hex digits of the file's SHA-256, read as a stream. */
    public static String fileHex(Path file) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** A digest shortened for messages: {@code sha256:} and its first 12 hex digits. */
    public static String brief(String digest) {
        return digest != null && digest.startsWith(PREFIX) && digest.length() > PREFIX.length() + 12
                ? digest.substring(0, PREFIX.length() + 12) : String.valueOf(digest);
    }

    /** Whether the text is a digest in cxgate's notation. */
    public static boolean isDigest(String text) {
        return text != null && DIGEST.matcher(text).matches();
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
