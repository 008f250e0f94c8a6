package io.cxgate.ci;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

import io.cxgate.report.BoundedMarkdownRenderer;
import io.cxgate.report.Report;

/**
 * GitHub Actions' job summary: when {@code GITHUB_STEP_SUMMARY} names a file, {@code check}, {@code plan},
 * {@code apply} and {@code drift} append their Markdown to it. Outside GitHub Actions the variable is unset and
 * nothing happens. A summary that cannot be written is a warning on stderr, never a change of the exit code: the
 * verdict matters more than its copy.
 */
public final class StepSummary {
    public static final String VARIABLE = "GITHUB_STEP_SUMMARY";
    /** GitHub takes at most 1 MiB per step summary; a BMP character is at most 3 UTF-8 bytes. */
    static final int LIMIT = 1024 * 1024 / 3;

    private StepSummary() {
    }

    /** Appends the report's Markdown, cut to the summary limit as a comment would be. */
    public static void append(Map<String, String> environment, Report report, PrintWriter err) {
        if (target(environment).isPresent()) {
            append(environment, new BoundedMarkdownRenderer(LIMIT, Optional.empty()).bounded(report), err);
        }
    }

    /** Appends {@code markdown} (e.g. an apply's result), followed by a blank line. */
    public static void append(Map<String, String> environment, String markdown, PrintWriter err) {
        Optional<Path> target = target(environment);
        if (target.isEmpty()) {
            return;
        }
        try {
            Files.writeString(target.get(), markdown.endsWith("\n") ? markdown + "\n" : markdown + "\n\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            err.println("cxgate: warning: job summary not written to " + target.get() + " (" + VARIABLE + "): "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            err.flush();
        }
    }

    private static Optional<Path> target(Map<String, String> environment) {
        String file = environment.get(VARIABLE);
        return file == null || file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
    }
}
