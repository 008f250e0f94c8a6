package io.cxgate.cli;

import java.util.Map;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cxgate.InvalidInputException;
import io.cxgate.files.AtomicFiles;
import io.cxgate.report.Format;
import io.cxgate.report.RenderOptions;
import io.cxgate.report.Renderer;
import io.cxgate.report.Renderers;
import io.cxgate.report.Report;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --format}, {@code --out} and {@code --no-color}, and printing a report with them. */
public final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path out;

    @Option(names = "--no-color", description = "No ANSI colour, even on a terminal.")
    boolean noColor;

    /** The command this mixin belongs to: its environment (not the JVM's) says whether NO_COLOR is set. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Colour only for a terminal on stdout, without --no-color or NO_COLOR, and never into a file. */
    RenderOptions renderOptions(Map<String, String> environment) {
        return out != null ? RenderOptions.PLAIN : RenderOptions.forTerminal(noColor, environment);
    }

    /** The report renderer; fails on a format reports are not printed in, or an --out directory, before any work. */
    public Renderer<Report> renderer() {
        return renderer(Renderers.REPORTS);
    }

    /** The renderer {@code renderers} has for --format; fails on a format it lacks before any work is done. */
    public <T> Renderer<T> renderer(Renderers<T> renderers) {
        requireWritableOut();
        return renderers.forFormat(format, renderOptions(Cxgate.environment(mixee)));
    }

    /** {@code --out} names the report file: a directory there is refused up front, not after the work. */
    public void requireWritableOut() {
        if (out != null && Files.isDirectory(out)) {
            throw new InvalidInputException("--out " + out + ": is a directory; --out names the report file"
                    + " (e.g. " + out.resolve("report." + extension()) + ")");
        }
    }

    private String extension() {
        return switch (format) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case JSON, SARIF -> "json";
            case JUNIT -> "xml";
        };
    }

    public Format format() {
        return format;
    }

    /** Renders {@code document} to --out (written whole or not at all) or to stdout. */
    public <T> void print(T document, Renderer<T> renderer, PrintWriter stdout) {
        try {
            if (out == null) {
                renderer.render(document, stdout);
                stdout.flush();
                return;
            }
            StringWriter buffer = new StringWriter();
            renderer.render(document, buffer);
            AtomicFiles.writeString(out, buffer.toString(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
