package io.cxgate.report;

/** The one place that maps a format to its renderer. */
public final class Renderers {
    private Renderers() {
    }

    public static Renderer forFormat(Format format, RenderOptions options) {
        switch (format) {
            case TEXT: return new TextRenderer(options);
            case MARKDOWN: return new MarkdownRenderer();
            case JSON: return new JsonRenderer();
            case JUNIT: return new JunitRenderer();
            case SARIF: return new SarifRenderer();
            default: throw new IllegalStateException("unhandled format " + format);
        }
    }
}
