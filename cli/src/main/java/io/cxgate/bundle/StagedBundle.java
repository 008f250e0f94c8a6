package io.cxgate.bundle;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;

/**
 * A bundle being built: a hidden directory beside the target ({@code .<name>.partial-…}, owner-only), renamed to
 * the target in one step by {@link #commit()}. Closing an uncommitted one deletes it, and so does a JVM shutdown
 * (Ctrl-C, a cancelled CI job) while it is open, so a failed plan never leaves a half bundle behind. Use it with
 * try-with-resources.
 */
public final class StagedBundle implements AutoCloseable {
    private Path target;
    private final boolean numbered;
    private final Path dir;
    private final Thread cleanup;
    private boolean committed;
    private boolean closed;

    private StagedBundle(Path target, Path dir, boolean numbered) {
        this.target = target;
        this.numbered = numbered;
        this.dir = dir;
        this.cleanup = new Thread(() -> deleteQuietly(dir), "cxgate-bundle-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Starts a bundle that will become {@code target}.
     *
     * @throws InvalidInputException when {@code target} already exists: a bundle is never overwritten
     */
    public static StagedBundle create(Path target) {
        return create(target, false);
    }

    /**
     * Starts a bundle under a default name: when {@code target} is taken by the time it is committed (another plan
     * of the same environment in the same second), it becomes {@code target-2}, {@code target-3}…
     */
    public static StagedBundle createNumbered(Path target) {
        return create(target, true);
    }

    private static StagedBundle create(Path target, boolean numbered) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw new InvalidInputException(target + ": already exists; a bundle is never overwritten (choose another --out)");
        }
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
            // POSIX: created rwx------, so the secret-bearing files are never readable by others, even while written
            Path dir = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
            return new StagedBundle(absolute, dir, numbered);
        } catch (IOException e) {
            throw new CxgateException("create bundle directory " + target + ": " + e.getMessage(), e);
        }
    }

    /** The directory being filled. */
    public Path dir() {
        return dir;
    }

    /** A file of the bundle, inside {@link #dir()}. */
    public Path file(String name) {
        return dir.resolve(name);
    }

    /** Where the bundle will be once committed. */
    public Path target() {
        return target;
    }

    /** Renames the staged directory to the target in one step. */
    public void commit() {
        if (closed || committed) {
            throw new IllegalStateException("bundle " + target + " is already " + (committed ? "committed" : "closed"));
        }
        Path wanted = target;
        for (int n = 2; ; n++) {
            try {
                if (Files.exists(target)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                try {
                    Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(dir, target);
                }
                committed = true;
                return;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                if (!numbered) {
                    throw new CxgateException(target + ": appeared while the plan ran; a bundle is never overwritten", e);
                }
                target = wanted.resolveSibling(wanted.getFileName() + "-" + n);
            } catch (IOException e) {
                throw new CxgateException("move bundle into place at " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /** Deletes the staged directory unless it was committed. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook deletes the directory
        }
        if (!committed) {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: the directory is hidden and named .partial
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    @Override
    public String toString() {
        return "StagedBundle[" + Objects.toString(target) + "]";
    }
}
