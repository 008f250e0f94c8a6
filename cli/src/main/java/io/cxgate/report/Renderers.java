package io.cxgate.report;

import io.cxgate.InvalidInputException;

/** The one place that maps a format to its renderer. */
public final class Renderers {
    private Renderers() {
    }

    public static Renderer forFormat(Format format, RenderOptions options) {
        return switch (format) {
            case TEXT -> new TextRenderer(options);
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case JUNIT, SARIF -> throw new InvalidInputException("--format " + format.id()
                    + ": not implemented yet (use text, markdown or json)");
        };
    }
}
