package io.cxgate.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --bundle DIR}: the bundle {@code cxgate plan} wrote, for {@code approve}, {@code approvals} and {@code apply}. */
public final class BundleOptions {
    @Option(names = "--bundle", required = true, paramLabel = "DIR", description = "Bundle directory cxgate plan wrote.")
    Path bundle;

    Path bundle() {
        return bundle;
    }
}
