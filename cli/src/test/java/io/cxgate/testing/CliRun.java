package io.cxgate.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import io.cxgate.cli.Cxgate;

/**
 * Runs the real command line (with its exit-code mapping and error handler) and keeps the output. The command never
 * sees the developer's environment: {@link #of} gives it an empty one, {@link #withEnvironment} exactly the one
 * given, so {@code GENESYSCLOUD_*} or {@code NO_COLOR} in a shell cannot change a result.
 */
public record CliRun(int exitCode, String out, String err) {
    /** Runs with an empty environment (no credentials, no CI variables, no NO_COLOR). */
    public static CliRun of(String... args) {
        return withEnvironment(Map.of(), args);
    }

    /** Runs with {@code environment} in place of the process environment (credentials, CI variables, PATH). */
    public static CliRun withEnvironment(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cxgate.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), environment).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The last line on stderr: cxgate's own verdict after terraform's progress. */
    public String lastErrLine() {
        String[] lines = errLines();
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    /** stderr as lines, for "exactly one line" assertions. */
    public String[] errLines() {
        return err.isEmpty() ? new String[0] : err.strip().split("\n");
    }
}
