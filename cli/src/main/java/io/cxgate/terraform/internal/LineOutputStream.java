package io.cxgate.terraform.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An output stream that hands each complete line (UTF-8, without its {@code \n} or {@code \r\n}) to a
 * consumer. A very long line is cut into pieces of {@value #MAX_LINE_BYTES} bytes; an unterminated last
 * line is delivered on {@link #close()}. Used by one pump thread.
 */
public final class LineOutputStream extends OutputStream {
    static final int MAX_LINE_BYTES = 1 << 20;

    private final Consumer<String> lines;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private boolean closed;

    public LineOutputStream(Consumer<String> lines) {
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            emit();
        } else {
            buffer.write(b);
            if (buffer.size() >= MAX_LINE_BYTES) {
                emit();
            }
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (b[i] == '\n') {
                buffer.write(b, start, i - start);
                emit();
                start = i + 1;
            } else if (buffer.size() + (i - start) >= MAX_LINE_BYTES) {
                buffer.write(b, start, i - start);
                emit();
                start = i;
            }
        }
        buffer.write(b, start, end - start);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (buffer.size() > 0) {
                emit();
            }
        }
    }

    private void emit() {
        String line = buffer.toString(StandardCharsets.UTF_8);
        buffer.reset();
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        lines.accept(line);
    }
}
