package io.cxgate.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;

/** {@code --config FILE}; without it, {@code ./cxgate.yaml} when present. */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "cxgate.yaml to use (default: ./cxgate.yaml when it exists).")
    Path config;

    public Optional<Path> configFile() {
        return Optional.ofNullable(config);
    }
}
