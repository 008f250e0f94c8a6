package io.cxgate.terraform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Terraform's standard output as captured by {@link OutputMode#CAPTURE}. It may hold plan values or
 * state in clear, so {@code toString()} never shows the content.
 */
public sealed interface CapturedOutput permits CapturedOutput.None, CapturedOutput.InMemory, CapturedOutput.InFile {

    /** Nothing was captured: the phase streamed its output. */
    static CapturedOutput none() {
        return None.INSTANCE;
    }

    /** The captured bytes (read from the file when captured to one). Empty when nothing was captured. */
    byte[] bytes();

    /** The captured bytes as UTF-8 text. */
    default String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    long size();

    /** The file holding the output, when captured to one. */
    default Optional<Path> file() {
        return Optional.empty();
    }

    default boolean isCaptured() {
        return true;
    }

    /** No output captured. */
    final class None implements CapturedOutput {
        private static final None INSTANCE = new None();

        private None() {
        }

        @Override
        public byte[] bytes() {
            return new byte[0];
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public boolean isCaptured() {
            return false;
        }

        @Override
        public String toString() {
            return "CapturedOutput.None";
        }
    }

    /** Output held in memory (copied in and out, so the record stays immutable). */
    record InMemory(byte[] bytes) implements CapturedOutput {
        public InMemory {
            bytes = Objects.requireNonNull(bytes, "bytes").clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InMemory other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "CapturedOutput.InMemory[" + bytes.length + " bytes]";
        }
    }

    /** Output written to an owner-only file. */
    record InFile(Path path, long size) implements CapturedOutput {
        public InFile {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException("read captured terraform output " + path, e);
            }
        }

        @Override
        public Optional<Path> file() {
            return Optional.of(path);
        }

        @Override
        public String toString() {
            return "CapturedOutput.InFile[" + path + ", " + size + " bytes]";
        }
    }
}
