package io.cxgate.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.cxgate.InvalidInputException;
import io.cxgate.config.internal.ConfigBinder;
import io.cxgate.config.internal.ConfigSchema;
import io.cxgate.yaml.TextFile;
import io.cxgate.yaml.YamlDocument;
import io.cxgate.yaml.YamlSource;

/**
 * Reads {@code cxgate.yaml}: YAML, validated against {@code cxgate.schema.json}, then checked and bound to a
 * {@link CxgateConfig}. Every problem is an {@link InvalidInputException} (exit 2) of one line naming the file as
 * the user gave it, the line and column, and the field: {@code envs/cxgate.yaml: line 7, column 5:
 * environments.prod.protectd: unknown field}.
 */
public final class ConfigLoader {
    /** The file {@code --config} defaults to, in the working directory. */
    public static final String DEFAULT_FILE = "cxgate.yaml";

    private ConfigLoader() {
    }

    /**
     * The config for a command: {@code --config FILE} (relative to {@code workingDir}) when given, else
     * {@code ./cxgate.yaml} when it exists, else none.
     *
     * @throws InvalidInputException when the file is bad, {@code --config} names no file, or only a
     *                               {@code cxgate.yml} exists (it would otherwise be silently ignored)
     */
    public static Optional<CxgateConfig> load(Optional<Path> explicitFile, Path workingDir) {
        if (explicitFile.isPresent()) {
            Path given = explicitFile.get();
            return Optional.of(load(workingDir.resolve(given), given.toString()));
        }
        Path file = workingDir.resolve(DEFAULT_FILE);
        if (Files.exists(file)) {
            return Optional.of(load(file, DEFAULT_FILE));
        }
        if (Files.exists(workingDir.resolve("cxgate.yml"))) {
            throw new InvalidInputException("cxgate.yml: cxgate reads cxgate.yaml; rename the file or pass --config cxgate.yml");
        }
        return Optional.empty();
    }

    /** Loads {@code file}; messages name it as given. */
    public static CxgateConfig load(Path file) {
        return load(file, file.toString());
    }

    private static CxgateConfig load(Path file, String display) {
        Path absolute = file.toAbsolutePath().normalize();
        String text = TextFile.read(absolute, display, "a config file");
        YamlDocument document = YamlDocument.parse(text, display, "a mapping with at least 'environments'");
        YamlSource source = new YamlSource(display, document.marks());
        ConfigSchema.validate(document.root(), source);
        try {
            return ConfigBinder.bind(document.root(), absolute, source);
        } catch (IllegalArgumentException e) {
            // a value the schema let through but a record refuses: still bad input, never a stack trace
            throw new InvalidInputException(display + ": " + e.getMessage(), e);
        }
    }
}
