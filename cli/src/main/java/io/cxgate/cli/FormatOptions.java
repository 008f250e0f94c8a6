package io.cxgate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import io.cxgate.report.Format;
import io.cxgate.report.RenderOptions;
import io.cxgate.report.Renderer;
import io.cxgate.report.Renderers;
import io.cxgate.report.Report;
import picocli.CommandLine.Option;

/**
 * {@code --format} and {@code --no-color} for commands whose {@code --out} is not the report file ({@code plan}:
 * the report files go inside the bundle, and {@code --format} chooses what is printed to stdout).
 */
public final class FormatOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format printed to stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--no-color", description = "No ANSI colour, even on a terminal.")
    boolean noColor;

    /** Colour only for a terminal, without --no-color or NO_COLOR. */
    public RenderOptions renderOptions() {
        boolean tty = System.console() != null && System.getenv("NO_COLOR") == null;
        return new RenderOptions(tty && !noColor);
    }

    /** Fails on an unimplemented format before any work is done. */
    public Renderer<Report> renderer() {
        return Renderers.REPORTS.forFormat(format, renderOptions());
    }

    public void print(Report report, Renderer<Report> renderer, PrintWriter stdout) {
        try {
            renderer.render(report, stdout);
            stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
