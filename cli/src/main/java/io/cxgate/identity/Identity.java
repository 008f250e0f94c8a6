package io.cxgate.identity;

import java.util.Locale;
import java.util.Objects;

/**
 * Who runs a command that writes a record, or who made a bundle (ARCHITECTURE.md, "Identity").
 *
 * @param name   the login or e-mail ({@code dana}, {@code dana@example.com}); never blank
 * @param source where it came from: {@code --by}, the CI actor variable's name ({@code GITHUB_ACTOR}), or
 *               {@code user.name} for the OS user
 */
public record Identity(String name, String source) {
    public Identity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("identity is blank (source " + source + ")");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("identity source is blank for '" + name + "'");
        }
    }

    /** Identities compare case-insensitively: {@code Dana} and {@code dana} are one person. */
    public boolean sameAs(String other) {
        return other != null && key(name).equals(key(other.strip()));
    }

    /** The form identities are compared and counted in (lower case, root locale). */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
