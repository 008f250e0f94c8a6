package io.cxgate.terraform.internal;

import io.cxgate.files.OwnerOnlyFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The full, unfiltered terraform output appended to the secret-bearing {@code terraform.log} (owner-only),
 * with one marker line before and after each phase. Lines from both pump threads are written whole.
 * Without a log file every method does nothing.
 */
public final class TerraformLog implements AutoCloseable {
    private static final String MARK = "---- cxgate: ";

    private final OutputStream out;
    private IOException failure;

    private TerraformLog(OutputStream out) {
        this.out = out;
    }

    public static TerraformLog open(Optional<Path> file) {
        if (file.isEmpty()) {
            return new TerraformLog(null);
        }
        try {
            return new TerraformLog(OwnerOnlyFiles.append(file.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("open terraform log " + file.get(), e);
        }
    }

    /** A cxgate marker line ({@code ---- cxgate: …}). */
    public void mark(String text) {
        line(MARK + text);
    }

    /** One line of terraform's output, exactly as printed. */
    public synchronized void line(String line) {
        if (out == null || failure != null) {
            return;
        }
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            failure = e; // reported on close: a broken log must not kill the pump thread mid-run
        }
    }

    @Override
    public synchronized void close() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("write terraform log", failure);
        }
    }
}
