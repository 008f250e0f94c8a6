package io.cxgate.report;

/** How a renderer should print: colour only for a terminal that wants it. */
public record RenderOptions(boolean color) {
    public static final RenderOptions PLAIN = new RenderOptions(false);
}
