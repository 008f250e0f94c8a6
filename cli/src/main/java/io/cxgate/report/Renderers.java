package io.cxgate.report;

import io.cxgate.InvalidInputException;

/** The one place that maps a format to its renderer. */
public final class Renderers {
    private Renderers() {
    }

    public static Renderer forFormat(Format format, RenderOptions options) {
        switch (format) {
            case TEXT: return new TextRenderer(options);
            case MARKDOWN: return new MarkdownRenderer();
            case JSON: return new JsonRenderer();
            case JUNIT:
            case SARIF:
                throw new InvalidInputException("--format " + format.id() + ": not implemented yet (use text, markdown or json)");
            default: throw new IllegalStateException("unhandled format " + format);
        }
    }
}
