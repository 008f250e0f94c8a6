package io.cxgate.report;

/** Text for XML 1.0 attributes and content (the JUnit reports). */
public final class XmlText {
    private XmlText() {
    }

    /** Escapes markup and line breaks; characters XML 1.0 cannot hold become U+FFFD. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n', '\t' -> sb.append(c == '\n' ? "&#10;" : "&#9;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }
}
