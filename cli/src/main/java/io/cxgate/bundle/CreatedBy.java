package io.cxgate.bundle;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.identity.Identity;
import io.cxgate.identity.IdentityRule;

/**
 * Who made a bundle, and where cxgate learnt it: the identity rule of ARCHITECTURE.md ("Identity"), which
 * {@link IdentityRule} holds for every command.
 *
 * @param identity the user or CI account ({@code dana})
 * @param source   the CI actor variable it came from ({@code GITHUB_ACTOR}), or {@code user.name} when cxgate
 *                 fell back to the OS user
 */
public record CreatedBy(String identity, String source) {
    public CreatedBy {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(source, "source");
        if (identity.isBlank()) {
            throw new IllegalArgumentException("createdBy.identity is blank");
        }
    }

    /** The identity rule without {@code --by} ({@code plan} has none): the CI actor variable, else the OS user. */
    public static CreatedBy fromEnvironment(Map<String, String> env) {
        return of(IdentityRule.resolve(Optional.empty(), env, IdentityRule.Need.ANY));
    }

    public static CreatedBy of(Identity identity) {
        return new CreatedBy(identity.name(), identity.source());
    }

    /** The same person as an {@link Identity}, for comparisons (case-insensitive). */
    public Identity asIdentity() {
        return new Identity(identity, source);
    }
}
