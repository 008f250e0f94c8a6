package io.cxgate.terraform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineOutputStreamTest {

    @Test
    void linesAreSplitOnNewlinesWithCarriageReturnsRemoved() {
        List<String> lines = new ArrayList<>();
        try (LineOutputStream out = new LineOutputStream(lines::add)) {
            byte[] bytes = "one\r\ntwo\n\nthree".getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, 5);
            out.write(bytes, 5, bytes.length - 5);
        }

        assertEquals(List.of("one", "two", "", "three"), lines);
    }

    @Test
    void multiByteCharactersSplitAcrossWritesSurvive() {
        List<String> lines = new ArrayList<>();
        byte[] bytes = "─── é\n".getBytes(StandardCharsets.UTF_8);
        try (LineOutputStream out = new LineOutputStream(lines::add)) {
            for (byte b : bytes) {
                out.write(b);
            }
        }

        assertEquals(List.of("─── é"), lines);
    }

    @Test
    void aHugeLineIsCutIntoPieces() {
        List<String> lines = new ArrayList<>();
        byte[] bytes = new byte[LineOutputStream.MAX_LINE_BYTES + 10];
        java.util.Arrays.fill(bytes, (byte) 'x');
        try (LineOutputStream out = new LineOutputStream(lines::add)) {
            out.write(bytes, 0, bytes.length);
        }

        assertEquals(2, lines.size());
        assertEquals(LineOutputStream.MAX_LINE_BYTES, lines.get(0).length());
        assertEquals(10, lines.get(1).length());
    }
}
