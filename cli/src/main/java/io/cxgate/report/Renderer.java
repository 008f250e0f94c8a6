package io.cxgate.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Prints one document in one format: a {@link Report} ({@code check}, {@code plan}), an org diff, policy test
 * results. Renderers never decide a verdict or an exit code.
 *
 * @param <T> the document printed
 */
@FunctionalInterface
public interface Renderer<T> {
    void render(T document, Writer out) throws IOException;
}
