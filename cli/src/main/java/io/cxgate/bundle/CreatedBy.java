package io.cxgate.bundle;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who made a bundle, and where cxgate learnt it.
 *
 * @param identity the user or CI account ({@code dana})
 * @param source   the environment variable it came from ({@code GITHUB_ACTOR}), or {@code user.name} when cxgate
 *                 fell back to the JVM's notion of the current user
 */
public record CreatedBy(String identity, String source) {
    /**
     * Where the identity comes from, in order: GitHub Actions, GitLab CI, Azure DevOps, Jenkins (build user
     * vars plugin: id, then name), then the login shell's {@code USER}.
     */
    public static final List<String> VARIABLES = List.of(
            "GITHUB_ACTOR", "GITLAB_USER_LOGIN", "BUILD_REQUESTEDFOR", "BUILD_USER_ID", "BUILD_USER", "USER");
    /** The source named when no variable is set and the JVM's {@code user.name} is used. */
    public static final String JVM_USER = "user.name";

    public CreatedBy {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(source, "source");
        if (identity.isBlank()) {
            throw new IllegalArgumentException("createdBy.identity is blank");
        }
    }

    /** The first of {@link #VARIABLES} set in {@code env}; else the JVM's {@code user.name}; else {@code unknown}. */
    public static CreatedBy fromEnvironment(Map<String, String> env) {
        for (String name : VARIABLES) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return new CreatedBy(value.strip(), name);
            }
        }
        String jvmUser = System.getProperty("user.name", "");
        return new CreatedBy(jvmUser.isBlank() ? "unknown" : jvmUser, JVM_USER);
    }
}
