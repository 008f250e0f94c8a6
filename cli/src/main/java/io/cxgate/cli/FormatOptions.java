package io.cxgate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import io.cxgate.report.Format;
import io.cxgate.report.RenderOptions;
import io.cxgate.report.Renderer;
import io.cxgate.report.Renderers;
import io.cxgate.report.Report;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --format} and {@code --no-color} for commands whose {@code --out} is not the report file ({@code plan}:
 * the report files go inside the bundle, and {@code --format} chooses what is printed to stdout), or that print
 * only to stdout ({@code history}, {@code show}).
 */
public final class FormatOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format printed to stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--no-color", description = "No ANSI colour, even on a terminal.")
    boolean noColor;

    /** The command this mixin belongs to: its environment (not the JVM's) says whether NO_COLOR is set. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Fails on an unimplemented format before any work is done; colour as {@link RenderOptions#forTerminal}. */
    public Renderer<Report> renderer() {
        return renderer(Renderers.REPORTS);
    }

    /** The renderer {@code renderers} has for --format; fails on a format it lacks before any work is done. */
    public <T> Renderer<T> renderer(Renderers<T> renderers) {
        return renderers.forFormat(format, RenderOptions.forTerminal(noColor, Cxgate.environment(mixee)));
    }

    public <T> void print(T document, Renderer<T> renderer, PrintWriter stdout) {
        try {
            renderer.render(document, stdout);
            stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
