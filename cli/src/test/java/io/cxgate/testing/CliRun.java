package io.cxgate.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import io.cxgate.cli.Cxgate;

/** Runs the real command line (with its exit-code mapping and error handler) and keeps the output. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(String... args) {
        return withEnvironment(System.getenv(), args);
    }

    /** Runs with these environment variables instead of the process's (credentials for --live). */
    public static CliRun withEnvironment(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cxgate.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), environment)
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** stderr as lines, for "exactly one line" assertions. */
    public String[] errLines() {
        return err.isEmpty() ? new String[0] : err.strip().split("\n");
    }
}
