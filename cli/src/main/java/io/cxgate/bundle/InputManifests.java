package io.cxgate.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.cxgate.CxgateException;
import io.cxgate.bundle.internal.ConfigFiles;

/** The manifests behind {@code inputsDigest} and {@code policiesDigest}. */
public final class InputManifests {
    private InputManifests() {
    }

    /**
     * What {@code inputsDigest} covers: the environment's var files in the order terraform reads them
     * ({@code var-file <name>}), then its backend config ({@code backend-config <name>}); names relative to the
     * root module directory. Text is hashed with CRLF read as LF, like the configuration.
     */
    public static Manifest inputs(Path rootDir, List<Path> varFiles, Optional<Path> backendConfig) {
        List<Manifest.Entry> entries = new ArrayList<>();
        for (Path file : varFiles) {
            entries.add(entry(rootDir, file, "var-file "));
        }
        backendConfig.ifPresent(file -> entries.add(entry(rootDir, file, "backend-config ")));
        return Manifest.ordered(entries);
    }

    /**
     * What {@code policiesDigest} covers: every {@code *.yaml} / {@code *.yml} file under the policies directory
     * (hidden directories skipped, as the policy loader does), or the one file when a file is configured; empty
     * when no policies are configured.
     */
    public static Optional<Manifest> policies(Optional<Path> policies) {
        if (policies.isEmpty()) {
            return Optional.empty();
        }
        Path dir = policies.get().toAbsolutePath().normalize();
        List<Manifest.Entry> entries = new ArrayList<>();
        try {
            if (Files.isRegularFile(dir)) {
                entries.add(new Manifest.Entry(ConfigFiles.textHex(dir), dir.getFileName().toString()));
            } else if (Files.isDirectory(dir)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(dir)) {
                    files = walk.filter(p -> !hidden(dir.relativize(p)))
                            .filter(p -> {
                                String name = p.getFileName().toString();
                                return name.endsWith(".yaml") || name.endsWith(".yml");
                            })
                            .filter(Files::isRegularFile)
                            .toList();
                }
                for (Path file : files) {
                    entries.add(new Manifest.Entry(ConfigFiles.textHex(file), ConfigFiles.relativeName(dir, file)));
                }
            } else {
                entries.add(new Manifest.Entry(Manifest.MISSING, "."));
            }
        } catch (IOException e) {
            throw new CxgateException("policies digest: " + dir + ": " + e.getMessage(), e);
        }
        return Optional.of(Manifest.sorted(entries));
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Manifest.Entry entry(Path rootDir, Path file, String role) {
        String name = role + ConfigFiles.relativeName(rootDir, file);
        if (!Files.isRegularFile(file)) {
            return new Manifest.Entry(Manifest.MISSING, name);
        }
        try {
            return new Manifest.Entry(ConfigFiles.textHex(file), name);
        } catch (IOException e) {
            throw new CxgateException("inputs digest: " + file + ": " + e.getMessage(), e);
        }
    }
}
