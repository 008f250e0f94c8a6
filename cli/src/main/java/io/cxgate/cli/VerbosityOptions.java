package io.cxgate.cli;

import java.io.PrintWriter;

import io.cxgate.console.Progress;
import picocli.CommandLine.Option;

/**
 * {@code --verbose}: one stderr line per Platform API request, and errors with their cause chain (read by the
 * error handler from the parse result).
 */
public final class VerbosityOptions {
    @Option(names = "--verbose",
            description = "Print one line per Platform API request (method, path, status, time, retries) and stack traces with errors.")
    boolean verbose;

    /** Progress lines on {@code err}, the API request log only with {@code --verbose}. */
    Progress progress(PrintWriter err) {
        return Progress.to(err, verbose);
    }
}
