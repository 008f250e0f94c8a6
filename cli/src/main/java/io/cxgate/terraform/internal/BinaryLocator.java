package io.cxgate.terraform.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.cxgate.InvalidInputException;

/**
 * Finds the configured terraform binary ({@code terraform.binary}: a name looked up on PATH, or a path).
 * The lookup uses the PATH of the environment terraform will get, not the JVM's, and skips relative PATH
 * entries so that a checkout can never supply its own "terraform".
 */
public final class BinaryLocator {
    private static final String CONFIG_KEY = "terraform.binary in cxgate.yaml";

    private BinaryLocator() {
    }

    /** The absolute path of the executable. */
    public static Path locate(String binary, Map<String, String> environment) {
        if (binary == null || binary.isBlank()) {
            throw new InvalidInputException("terraform binary is empty (" + CONFIG_KEY + ")");
        }
        if (binary.contains("/") || binary.contains(File.separator)) {
            Path path;
            try {
                path = Path.of(binary).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                throw new InvalidInputException("terraform binary '" + binary + "' is not a valid path (" + CONFIG_KEY + ")");
            }
            if (!Files.isRegularFile(path)) {
                throw new InvalidInputException("terraform binary '" + binary + "' not found (" + CONFIG_KEY + ")");
            }
            if (!Files.isExecutable(path)) {
                throw new InvalidInputException("terraform binary '" + binary + "' is not executable (" + CONFIG_KEY + ")");
            }
            return path;
        }
        String searchPath = Optional.ofNullable(environment.get("PATH")).orElseGet(() -> System.getenv("PATH"));
        if (searchPath != null) {
            boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
            for (String entry : searchPath.split(File.pathSeparator)) {
                Optional<Path> found = candidate(entry, binary).or(() -> windows ? candidate(entry, binary + ".exe") : Optional.empty());
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new InvalidInputException("terraform binary '" + binary + "' not found on PATH (" + CONFIG_KEY + ")");
    }

    private static Optional<Path> candidate(String dir, String name) {
        if (dir.isBlank()) {
            return Optional.empty();
        }
        try {
            Path directory = Path.of(dir);
            if (!directory.isAbsolute()) {
                return Optional.empty();
            }
            Path file = directory.resolve(name);
            return Files.isRegularFile(file) && Files.isExecutable(file) ? Optional.of(file.normalize()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
