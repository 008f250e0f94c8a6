package io.cxgate.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import io.cxgate.CxgateException;

/**
 * Writes files whole or not at all: to a temporary file beside the target, then an atomic
 * rename. A failure never leaves a half-written report, bundle file or snapshot behind.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void writeString(Path target, String content, boolean ownerOnly) {
        write(target, content.getBytes(StandardCharsets.UTF_8), ownerOnly);
    }

    /** @param ownerOnly for secret-bearing files: created rw------- before any byte is written */
    public static void write(Path target, byte[] content, boolean ownerOnly) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            if (ownerOnly) {
                setOwnerOnly(temp);
            }
            Files.write(temp, content);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CxgateException("write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp file is a leftover only; the target is untouched
                }
            }
        }
    }

    public static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OwnerOnlyFiles.OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its ACLs default to the user's profile
        }
    }
}
