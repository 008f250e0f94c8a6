package io.cxgate.apply.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

/**
 * A minimal writer of gzip-compressed POSIX tar (ustar, with a pax {@code path} record for names longer than 100
 * bytes): regular files only, mode 0600, owner 0, one fixed modification time, so the same files give the same bytes
 * (and the same blob digest) on every machine. Readable by {@code tar xzf} and by every tar library.
 *
 * <p>Written here rather than taken from commons-compress: the configuration archive needs regular files and nothing
 * else, about a hundred lines, while commons-compress 1.28 would bring commons-io and commons-lang3 into the jar.
 */
public final class TarGzWriter implements AutoCloseable {
    private static final int BLOCK = 512;
    private static final int NAME_LENGTH = 100;

    private final GZIPOutputStream out;
    private final long mtime;

    /** @param mtime the modification time of every entry (whole seconds) */
    public TarGzWriter(OutputStream target, Instant mtime) throws IOException {
        this.out = new GZIPOutputStream(target, 1 << 16); // java writes a zero gzip timestamp: reproducible
        this.mtime = mtime.getEpochSecond();
    }

    /** Adds a regular file named {@code name} (relative, {@code /}-separated) with {@code content}. */
    public void add(String name, byte[] content) throws IOException {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\0")) {
            throw new IllegalArgumentException("not a relative archive name: '" + name + "'");
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (nameBytes.length > NAME_LENGTH) {
            byte[] record = paxRecord("path", name);
            writeHeader(truncated("PaxHeaders/" + name), record.length, 'x');
            writeData(record);
        }
        writeHeader(nameBytes.length > NAME_LENGTH ? truncated(name) : nameBytes, content.length, '0');
        writeData(content);
    }

    /** Ends the archive (two zero blocks) and the gzip stream, and closes the target. */
    @Override
    public void close() throws IOException {
        out.write(new byte[2 * BLOCK]);
        out.finish();
        out.close();
    }

    private void writeHeader(byte[] name, long size, char type) throws IOException {
        byte[] h = new byte[BLOCK];
        System.arraycopy(name, 0, h, 0, Math.min(name.length, NAME_LENGTH));
        octal(h, 100, 8, 0600);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, mtime);
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        h[156] = (byte) type;
        System.arraycopy("ustar\0".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 6);
        h[263] = '0';
        h[264] = '0';
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        octal(h, 148, 7, sum); // six digits and a NUL, then the space left in place
        out.write(h);
    }

    private void writeData(byte[] data) throws IOException {
        out.write(data);
        int pad = (BLOCK - data.length % BLOCK) % BLOCK;
        out.write(new byte[pad]);
    }

    /** {@code width - 1} octal digits, zero-padded, then a NUL. */
    private static void octal(byte[] h, int offset, int width, long value) {
        String digits = Long.toOctalString(value);
        if (digits.length() > width - 1) {
            throw new IllegalArgumentException("value " + value + " does not fit a " + width + "-byte tar field");
        }
        String padded = "0".repeat(width - 1 - digits.length()) + digits;
        System.arraycopy(padded.getBytes(StandardCharsets.US_ASCII), 0, h, offset, width - 1);
        h[offset + width - 1] = 0;
    }

    private static byte[] truncated(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] cut = new byte[Math.min(bytes.length, NAME_LENGTH)];
        System.arraycopy(bytes, 0, cut, 0, cut.length);
        return cut;
    }

    /** A pax record {@code "<length> <key>=<value>\n"}, whose length counts its own digits. */
    static byte[] paxRecord(String key, String value) {
        int body = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8).length;
        int length = body + String.valueOf(body).length();
        if (String.valueOf(length).length() != String.valueOf(body).length()) {
            length++;
        }
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes((length + " " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
        return record.toByteArray();
    }
}
