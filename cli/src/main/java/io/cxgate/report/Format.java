package io.cxgate.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Report formats, as named on the command line. */
public enum Format {
    TEXT, MARKDOWN, JSON, JUNIT, SARIF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** For help texts: {@code text, markdown, json, junit, sarif}. */
    public static String ids() {
        return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
    }
}
