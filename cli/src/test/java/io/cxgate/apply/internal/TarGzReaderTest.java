package io.cxgate.apply.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** The configuration archive's reader: what the writer writes comes back; anything unsafe is refused by name. */
class TarGzReaderTest {
    private static final Instant MTIME = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void readsBackWhatTheWriterWroteIncludingPaxNames() throws Exception {
        String longName = "modules/" + "very-long-module-name/".repeat(6) + "main.tf";
        byte[] archive = archive(Map.entry("main.tf", "module \"q\" {}\n"), Map.entry(longName, "# deep\n"),
                Map.entry("_inputs/envs/dev.tfvars", "crm_password = \"x\"\n"), Map.entry("empty.tf", ""));
        Map<String, byte[]> files = TarGzReader.read(archive);
        assertEquals(List.of("main.tf", longName, "_inputs/envs/dev.tfvars", "empty.tf"), List.copyOf(files.keySet()));
        assertArrayEquals("# deep\n".getBytes(StandardCharsets.UTF_8), files.get(longName));
        assertEquals(0, files.get("empty.tf").length);
    }

    @Test
    void refusesPathTraversalAbsoluteNamesAndDuplicates() throws Exception {
        assertEquals("'../outside.tf' leaves the archive's directory (path traversal)",
                refused(archive(Map.entry("../outside.tf", "x"))));
        assertEquals("'modules/../../outside.tf' leaves the archive's directory (path traversal)",
                refused(archive(Map.entry("modules/../../outside.tf", "x"))));
        assertEquals("'./main.tf' leaves the archive's directory (path traversal)",
                refused(archive(Map.entry("./main.tf", "x"))));
        assertEquals("'/etc/cron.d/x' is not a relative path inside the archive",
                refused(raw(header("/etc/cron.d/x", 1, '0'), new byte[512])));
        assertEquals("'C:/x.tf' is not a relative path inside the archive", refused(archive(Map.entry("C:/x.tf", "x"))));
        assertEquals("'main.tf' appears twice", refused(archive(Map.entry("main.tf", "a"), Map.entry("main.tf", "b"))));
    }

    @Test
    void refusesLinksDevicesDamageAndTruncation() throws Exception {
        assertEquals("'flows/x.yaml' is not a regular file (tar type '2'): links and devices are refused",
                refused(raw(header("flows/x.yaml", 0, '2'))));
        assertEquals("'x' is not a regular file (tar type '1'): links and devices are refused",
                refused(raw(header("x", 0, '1'))));
        byte[] damaged = header("main.tf", 0, '0');
        damaged[0] = 'n';
        assertEquals("a header's checksum is wrong (the archive is damaged)", refused(raw(damaged)));
        assertEquals("'main.tf' is truncated", refused(gzip(header("main.tf", 600, '0'))));
        assertEquals("the archive ends inside a header (truncated)", refused(gzip(new byte[100])));
        assertEquals("not a gzip-compressed tar archive: Not in GZIP format",
                refused("not an archive".getBytes(StandardCharsets.UTF_8)));
    }

    private static String refused(byte[] archive) {
        return assertThrows(TarGzReader.BadArchiveException.class, () -> TarGzReader.read(archive)).getMessage();
    }

    @SafeVarargs
    private static byte[] archive(Map.Entry<String, String>... files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarGzWriter tar = new TarGzWriter(bytes, MTIME)) {
            for (Map.Entry<String, String> file : files) {
                tar.add(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    /** A ustar header the writer would never make (links, absolute names). */
    private static byte[] header(String name, long size, char type) {
        byte[] h = new byte[512];
        System.arraycopy(name.getBytes(StandardCharsets.UTF_8), 0, h, 0, name.length());
        put(h, 100, "0000600");
        put(h, 124, String.format("%011o", size));
        put(h, 136, String.format("%011o", MTIME.getEpochSecond()));
        h[156] = (byte) type;
        put(h, 257, "ustar");
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        return h;
    }

    private static void put(byte[] h, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, h, offset, bytes.length);
    }

    /** Blocks, then the two zero blocks that end an archive, gzip-compressed. */
    private static byte[] raw(byte[]... blocks) throws Exception {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (byte[] block : blocks) {
            tar.write(block);
        }
        tar.write(new byte[1024]);
        return gzip(tar.toByteArray());
    }

    private static byte[] gzip(byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }
}
