package io.cxgate.apply.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads what {@link TarGzWriter} writes (gzip-compressed ustar, regular files, pax {@code path} records) back into
 * names and contents, refusing anything a configuration archive never holds: links, devices, absolute names,
 * {@code ..} segments, backslashes, duplicates, a bad header checksum, a truncated archive, or more than
 * {@link #MAX_TOTAL_BYTES} of content. The names it returns are safe to resolve under a directory.
 */
public final class TarGzReader {
    /** The most content one archive may unpack to (a configuration is kilobytes; this stops a gzip bomb). */
    public static final long MAX_TOTAL_BYTES = 256L << 20;
    private static final int BLOCK = 512;

    private TarGzReader() {
    }

    /** Why an archive was refused; the message names the entry. */
    public static final class BadArchiveException extends Exception {
        public BadArchiveException(String message) {
            super(message);
        }
    }

    /** The archive's regular files by name, in archive order. */
    public static Map<String, byte[]> read(byte[] archive) throws BadArchiveException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(archive))) {
            String paxPath = null;
            while (true) {
                byte[] header = in.readNBytes(BLOCK);
                if (header.length < BLOCK) {
                    throw new BadArchiveException("the archive ends inside a header (truncated)");
                }
                if (allZero(header)) {
                    return files;
                }
                checksum(header);
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                String name = paxPath != null ? paxPath : name(header);
                paxPath = null;
                if (size < 0 || total + size > MAX_TOTAL_BYTES) {
                    throw new BadArchiveException("'" + name + "' would unpack beyond " + (MAX_TOTAL_BYTES >> 20) + " MiB");
                }
                byte[] content = in.readNBytes((int) size);
                if (content.length < size) {
                    throw new BadArchiveException("'" + name + "' is truncated");
                }
                in.readNBytes((int) ((BLOCK - size % BLOCK) % BLOCK));
                switch (type) {
                    case 'x' -> paxPath = paxValue(content, "path");
                    case '0', '\0' -> {
                        String safe = safeName(name);
                        if (files.put(safe, content) != null) {
                            throw new BadArchiveException("'" + safe + "' appears twice");
                        }
                        total += size;
                    }
                    case '5' -> safeName(name); // a directory: checked, then implied by the files under it
                    default -> throw new BadArchiveException("'" + name + "' is not a regular file (tar type '"
                            + type + "'): links and devices are refused");
                }
            }
        } catch (IOException e) {
            throw new BadArchiveException("not a gzip-compressed tar archive: " + e.getMessage());
        }
    }

    /** {@code name} when it is a relative, {@code /}-separated path without {@code .} or {@code ..} segments. */
    static String safeName(String name) throws BadArchiveException {
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (trimmed.isEmpty() || trimmed.startsWith("/") || trimmed.contains("\\") || trimmed.contains("\0")
                || trimmed.matches("^[A-Za-z]:.*")) {
            throw new BadArchiveException("'" + name + "' is not a relative path inside the archive");
        }
        for (String segment : trimmed.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new BadArchiveException("'" + name + "' leaves the archive's directory (path traversal)");
            }
        }
        return trimmed;
    }

    private static String name(byte[] header) {
        String name = field(header, 0, 100);
        String prefix = field(header, 345, 155);
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) throws BadArchiveException {
        String digits = field(header, offset, length).strip();
        if (digits.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(digits, 8);
        } catch (NumberFormatException e) {
            throw new BadArchiveException("a header field is not an octal number: '" + digits + "'");
        }
    }

    private static void checksum(byte[] header) throws BadArchiveException {
        long expected = octal(header, 148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : header[i] & 0xff;
        }
        if (sum != expected) {
            throw new BadArchiveException("a header's checksum is wrong (the archive is damaged)");
        }
    }

    /** The value of {@code key} in pax records {@code "<length> <key>=<value>\n"}. */
    private static String paxValue(byte[] records, String key) throws BadArchiveException {
        String text = new String(records, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            int eq = line.indexOf('=');
            if (space > 0 && eq > space && line.substring(space + 1, eq).equals(key)) {
                return line.substring(eq + 1);
            }
        }
        throw new BadArchiveException("a pax header has no " + key);
    }

    private static boolean allZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
