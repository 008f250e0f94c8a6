package io.cxgate.bundle;

import io.cxgate.files.Digests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a digest covers, one line per entry in the style of {@code sha256sum}: {@code <content>  <name>\n}, where
 * content is the file's SHA-256 in hex, or a marker ({@link #REMOTE}, {@link #MISSING}) for something that could
 * not be hashed. The digest is {@code sha256:} of the UTF-8 text of the lines.
 *
 * <p>A manifest built with {@link #sorted} is ordered by the UTF-8 bytes of the names (what {@code LC_ALL=C sort}
 * does), so it does not depend on the order files were created in or listed; one built with {@link #ordered}
 * keeps the given order, for inputs whose order matters (terraform's {@code -var-file}s).
 */
public record Manifest(List<Entry> entries) {
    /** A reference to a file that is not local ({@code s3://…}): recorded by name, its content not hashed. */
    public static final String REMOTE = "remote";
    /** A local file or directory that does not exist. */
    public static final String MISSING = "missing";

    private static final Comparator<String> BY_UTF8 = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    public Manifest {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }

    /** One line: what was found ({@code content}) for a name. Neither may contain a line break. */
    public record Entry(String content, String name) {
        public Entry {
            requireOneLine(content, "content");
            requireOneLine(name, "name");
        }

        private static void requireOneLine(String value, String field) {
            Objects.requireNonNull(value, field);
            if (value.isEmpty() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("manifest " + field + " must be one non-empty line: '" + value + "'");
            }
        }
    }

    /** The entries sorted by name (UTF-8 byte order); a name listed twice must have the same content and is kept once. */
    public static Manifest sorted(Collection<Entry> entries) {
        List<Entry> list = new ArrayList<>(entries);
        list.sort(Comparator.comparing(Entry::name, BY_UTF8));
        List<Entry> unique = new ArrayList<>();
        for (Entry entry : list) {
            Entry last = unique.isEmpty() ? null : unique.get(unique.size() - 1);
            if (last != null && last.name().equals(entry.name())) {
                if (!last.content().equals(entry.content())) {
                    throw new IllegalArgumentException("manifest lists " + entry.name() + " twice with different content");
                }
                continue;
            }
            unique.add(entry);
        }
        return new Manifest(unique);
    }

    /** The entries in the given order. */
    public static Manifest ordered(List<Entry> entries) {
        return new Manifest(entries);
    }

    /** The manifest as text: {@code <content>  <name>\n} per entry. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            text.append(entry.content()).append("  ").append(entry.name()).append('\n');
        }
        return text.toString();
    }

    /** {@code sha256:<hex>} of {@link #text()} as UTF-8. */
    public String digest() {
        return Digests.of(text().getBytes(StandardCharsets.UTF_8));
    }
}
