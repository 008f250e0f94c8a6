package io.cxgate.cli;

import java.util.Map;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

import io.cxgate.files.AtomicFiles;
import io.cxgate.report.Format;
import io.cxgate.report.RenderOptions;
import io.cxgate.report.Renderer;
import io.cxgate.report.Renderers;
import io.cxgate.report.Report;
import picocli.CommandLine.Option;

/** {@code --format}, {@code --out} and {@code --no-color}, and printing a report with them. */
public final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = FormatIds.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path out;

    @Option(names = "--no-color", description = "No ANSI colour, even on a terminal.")
    boolean noColor;

    /** The format names as users type them, for the help text. */
    static final class FormatIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Format.values()).map(Format::id).iterator();
        }
    }

    /** Colour only for a terminal on stdout, without --no-color or NO_COLOR, and never into a file. */
    public RenderOptions renderOptions(Map<String, String> environment) {
        return out != null ? RenderOptions.PLAIN : RenderOptions.forTerminal(noColor, environment);
    }

    /** Fails on an unimplemented format before any work is done. */
    public Renderer renderer(Map<String, String> environment) {
        return Renderers.forFormat(format, renderOptions(environment));
    }

    public Format format() {
        return format;
    }

    /** Renders to --out (written whole or not at all) or to stdout. */
    public void print(Report report, Renderer renderer, PrintWriter stdout) {
        print(writer -> renderer.render(report, writer), stdout);
    }

    /** Something that writes output: a renderer applied to its report. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer writer) throws IOException;
    }

    /** Writes {@code body} to --out (written whole or not at all) or to stdout. */
    public void print(Body body, PrintWriter stdout) {
        try {
            if (out == null) {
                body.writeTo(stdout);
                stdout.flush();
                return;
            }
            StringWriter buffer = new StringWriter();
            body.writeTo(buffer);
            AtomicFiles.writeString(out, buffer.toString(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
