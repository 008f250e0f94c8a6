package io.cxgate.redact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.cxgate.InvalidInputException;

/**
 * Masks secrets in free text: literal values (credentials cxgate uses or passes to terraform,
 * values of sensitive variables) and the config's {@code maskPatterns}. Every string that
 * reaches a report, log line or error message goes through one of these.
 *
 * <p>Immutable; {@link #withLiterals} makes a changed copy.
 */
public final class Redactor {
    public static final String MASK = "(sensitive)";

    /** Literals shorter than this are not masked: masking "1" or "on" everywhere would garble output. */
    static final int MIN_LITERAL_LENGTH = 4;

    private static final Redactor NONE = new Redactor(List.of(), List.of());

    private final List<String> literals;
    private final List<Pattern> patterns;

    private Redactor(List<String> literals, List<Pattern> patterns) {
        // longest first, so a secret that contains another is masked whole
        List<String> sorted = new ArrayList<>(literals);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.literals = List.copyOf(sorted);
        this.patterns = List.copyOf(patterns);
    }

    public static Redactor none() {
        return NONE;
    }

    /**
     * A redactor for the given regular expressions (Java syntax).
     *
     * @param source names where the patterns come from, for the error message
     */
    public static Redactor ofPatterns(Collection<String> regexes, String source) {
        List<Pattern> compiled = new ArrayList<>();
        int i = 0;
        for (String regex : regexes) {
            try {
                compiled.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new InvalidInputException(source + ": maskPatterns[" + i + "]: not a valid regular expression: "
                        + e.getDescription());
            }
            i++;
        }
        return new Redactor(List.of(), compiled);
    }

    /** A copy that also masks these literal values (blank and very short values are ignored). */
    public Redactor withLiterals(Collection<String> values) {
        List<String> all = new ArrayList<>(literals);
        for (String value : values) {
            if (value != null && value.strip().length() >= MIN_LITERAL_LENGTH && !all.contains(value)) {
                all.add(value);
            }
        }
        return new Redactor(all, patterns);
    }

    public boolean isEmpty() {
        return literals.isEmpty() && patterns.isEmpty();
    }

    /** The text with every literal secret and every pattern match replaced by {@value #MASK}. */
    public String mask(String text) {
        if (text == null || isEmpty()) {
            return text;
        }
        String out = text;
        for (String literal : literals) {
            if (out.contains(literal)) {
                out = out.replace(literal, MASK);
            }
        }
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(out);
            if (m.find()) {
                out = m.replaceAll(Matcher.quoteReplacement(MASK));
            }
        }
        return out;
    }

    /** Whether {@link #mask} would change this text. */
    public boolean matches(String text) {
        return !Objects.equals(mask(text), text);
    }

    @Override
    public String toString() {
        return "Redactor[" + literals.size() + " literals, " + patterns.size() + " patterns]";
    }
}
