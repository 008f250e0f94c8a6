package io.cxgate.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.cxgate.InvalidInputException;

/**
 * The one place that maps a format to its renderer. A format without a renderer yet maps to nothing: adding
 * one is its line in {@link #find}, and {@code --format}'s help and parsing follow ({@code cli.CommandFormats}).
 */
public final class Renderers {
    private Renderers() {
    }

    /** The renderer of a format, or empty while it is not implemented. */
    public static Optional<Renderer> find(Format format, RenderOptions options) {
        return Optional.ofNullable(switch (format) {
            case TEXT -> new TextRenderer(options);
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
            case JUNIT, SARIF -> null;
        });
    }

    /** The formats {@link #find} has a renderer for. */
    public static Set<Format> implemented() {
        return Arrays.stream(Format.values()).filter(f -> find(f, RenderOptions.PLAIN).isPresent())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Format.class)));
    }

    /** @throws InvalidInputException (exit 2) for a format not implemented yet: never a silent fallback */
    public static Renderer forFormat(Format format, RenderOptions options) {
        return find(format, options).orElseThrow(() -> new InvalidInputException("--format " + format.id()
                + ": not implemented yet (use " + implemented().stream().map(Format::id)
                .collect(Collectors.joining(", ")) + ")"));
    }
}
