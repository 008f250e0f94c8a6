package io.cxgate.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Opens secret-bearing files (terraform's full log, captured plan JSON and state) readable and writable
 * by the owner only ({@code rw-------}). On a file system without POSIX permissions the file is opened
 * plainly.
 */
public final class OwnerOnlyFiles {
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Appends to the file, creating it owner-only; an existing file is narrowed to owner-only first. */
    public static OutputStream append(Path file) throws IOException {
        return open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /** Replaces the file's content, creating it owner-only; an existing file is narrowed to owner-only first. */
    public static OutputStream replace(Path file) throws IOException {
        return open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    private static OutputStream open(Path file, OpenOption... options) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!posix()) {
            return Files.newOutputStream(file, options);
        }
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        return Channels.newOutputStream(Files.newByteChannel(file, Set.of(options), ownerOnly));
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
