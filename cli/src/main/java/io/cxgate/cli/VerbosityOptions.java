package io.cxgate.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: errors print their cause chain; read by the error handler from the parse result. */
public final class VerbosityOptions {
    @Option(names = "--verbose", description = "Print details and stack traces with errors.")
    boolean verbose;
}
