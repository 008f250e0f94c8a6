package io.cxgate.report;

import java.util.Map;

/** How a renderer should print: colour only for a terminal that wants it. */
public record RenderOptions(boolean color) {
    public static final RenderOptions PLAIN = new RenderOptions(false);

    /**
     * Colour only when stdout is a terminal, {@code --no-color} was not given and {@code NO_COLOR} is not set in the
     * command's environment (https://no-color.org).
     */
    public static RenderOptions forTerminal(boolean noColorOption, Map<String, String> environment) {
        return new RenderOptions(System.console() != null && !environment.containsKey("NO_COLOR") && !noColorOption);
    }
}
