package io.cxgate.apply.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.cxgate.CxgateException;

/**
 * An owner-only temporary directory for the secret-bearing files an apply handles (terraform's plan JSON and
 * states), deleted when closed.
 */
public final class Scratch implements AutoCloseable {
    private final Path dir;

    private Scratch(Path dir) {
        this.dir = dir;
    }

    public static Scratch create() {
        try {
            return new Scratch(Files.createTempDirectory("cxgate-apply-")); // rwx------ on POSIX
        } catch (IOException e) {
            throw new CxgateException("create a scratch directory: " + e.getMessage(), e);
        }
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: owner-only, in the temporary directory
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
