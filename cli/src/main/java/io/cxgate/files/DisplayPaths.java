package io.cxgate.files;

import java.nio.file.Path;

/** How messages name files: as the user would type them. */
public final class DisplayPaths {
    private DisplayPaths() {
    }

    /** Relative to {@code workingDir} when the path lies inside it, else absolute; both normalised. */
    public static String relativeTo(Path workingDir, Path path) {
        Path cwd = workingDir.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    /** Relative to the process's current directory when inside it. */
    public static String relativeToCurrentDir(Path path) {
        return relativeTo(Path.of(""), path);
    }
}
