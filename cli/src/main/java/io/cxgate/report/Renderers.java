package io.cxgate.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.cxgate.InvalidInputException;

/**
 * The formats one kind of document can be printed in, and the renderer for each: the one place a {@code --format}
 * becomes a {@link Renderer}. {@link #REPORTS} serves {@code check} and {@code plan}; the org diff and the policy
 * test results have their own table beside their document.
 *
 * @param <T> the document
 */
public final class Renderers<T> {
    /** {@code check} and {@code plan} reports. */
    public static final Renderers<Report> REPORTS = new Renderers<Report>("--format %s: not implemented yet (use %s)")
            .with(Format.TEXT, TextRenderer::new)
            .with(Format.MARKDOWN, options -> new MarkdownRenderer())
            .with(Format.JSON, options -> new JsonRenderer())
            .with(Format.JUNIT, options -> new JunitRenderer())
            .with(Format.SARIF, options -> new SarifRenderer());

    private final String refusal;
    private final Map<Format, Function<RenderOptions, Renderer<T>>> byFormat;

    /**
     * @param refusal the message for a format without a renderer, with {@code %s} for the format asked for and
     *                {@code %s} for the formats there are, e.g. {@code --format %s: org diff prints %s}
     */
    public Renderers(String refusal) {
        this(refusal, new EnumMap<>(Format.class));
    }

    private Renderers(String refusal, Map<Format, Function<RenderOptions, Renderer<T>>> byFormat) {
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.byFormat = Collections.unmodifiableMap(byFormat);
    }

    /** A copy that also prints {@code format}, with the renderer {@code make} builds for the options given. */
    public Renderers<T> with(Format format, Function<RenderOptions, Renderer<T>> make) {
        Map<Format, Function<RenderOptions, Renderer<T>>> copy = new EnumMap<>(Format.class);
        copy.putAll(byFormat);
        copy.put(format, Objects.requireNonNull(make, "make"));
        return new Renderers<>(refusal, copy);
    }

    /** The formats this document can be printed in, in {@link Format} order. */
    public List<Format> formats() {
        return List.copyOf(byFormat.keySet());
    }

    /**
     * The renderer for {@code format}.
     *
     * @throws InvalidInputException (exit 2) for a format this document is not printed in, naming those it is
     */
    public Renderer<T> forFormat(Format format, RenderOptions options) {
        Function<RenderOptions, Renderer<T>> make = byFormat.get(format);
        if (make == null) {
            throw new InvalidInputException(String.format(refusal, format.id(), names()));
        }
        return make.apply(options);
    }

    /** {@code text, markdown or json}. */
    private String names() {
        List<String> ids = new ArrayList<>();
        byFormat.keySet().forEach(f -> ids.add(f.id()));
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }
}
