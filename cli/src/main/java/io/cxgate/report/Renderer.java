package io.cxgate.report;

import java.io.IOException;
import java.io.Writer;

/** Prints a {@link Report} in one format. Renderers never decide a verdict or an exit code. */
public interface Renderer {
    void render(Report report, Writer out) throws IOException;
}
