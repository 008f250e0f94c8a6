package io.cxgate.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.cxgate.InvalidInputException;
import io.cxgate.policy.internal.PolicyFileReader;

/**
 * Reads a policies directory: every {@code *.yaml} and {@code *.yml} below it (hidden directories skipped), in
 * path order, each file one or more documents told apart by {@code kind} ({@code Policy}, {@code PolicyTest},
 * {@code Waivers}) and validated against the JSON Schema of that kind shipped in the jar. Every problem is an
 * {@link InvalidInputException} (exit 2) of one line naming file, line and field. CEL is compiled by
 * {@link PolicyEngine#compile}, not here.
 */
public final class PolicyLoader {
    private PolicyLoader() {
    }

    /**
     * Loads a directory (or a single policy file).
     *
     * @param display how messages name it, e.g. {@code policies/} as the user wrote it
     */
    public static PolicySet load(Path dir, String display) {
        if (!Files.exists(dir)) {
            throw new InvalidInputException(display + ": policies directory not found");
        }
        PolicyFileReader reader = new PolicyFileReader();
        if (Files.isRegularFile(dir)) {
            reader.read(dir, display);
            return reader.result();
        }
        for (Path file : files(dir)) {
            reader.read(file, join(display, dir.relativize(file)));
        }
        return reader.result();
    }

    public static PolicySet load(Path dir) {
        return load(dir, dir.toString());
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>();
            walk.filter(p -> !isHidden(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.endsWith(".yaml") || name.endsWith(".yml");
                    })
                    .sorted()
                    .forEach(files::add);
            return files;
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(dir + ": cannot list the policies directory: " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String join(String display, Path relative) {
        String rel = relative.toString().replace('\\', '/');
        return display.endsWith("/") ? display + rel : display + "/" + rel;
    }
}
