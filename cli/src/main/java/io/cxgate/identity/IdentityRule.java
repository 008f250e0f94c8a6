package io.cxgate.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cxgate.InvalidInputException;

/**
 * The one rule that says who runs a command that writes a record ({@code approve}, {@code apply},
 * {@code unlock}, {@code state restore}, {@code drift}) and who made a bundle ({@code createdBy}):
 * <ol>
 *   <li>{@code --by ID} when given (source {@code --by}); inside CI a {@code --by} that differs from a set
 *       actor variable is refused (exit 2), since the actor variable is what the platform vouches for;</li>
 *   <li>else the CI platform's actor variable, first set of {@link #ACTOR_VARIABLES} (source: its name);</li>
 *   <li>else, for a command that {@linkplain Need#BY_IN_CI_WITHOUT_ACTOR needs} one inside CI ({@code approve}),
 *       exit 2 asking for {@code --by};</li>
 *   <li>else the OS user, the JVM's {@code user.name} (source {@code user.name}).</li>
 * </ol>
 */
public final class IdentityRule {
    /** GitHub Actions, GitLab CI, Azure DevOps, Jenkins (build user vars plugin), in this order. */
    public static final List<String> ACTOR_VARIABLES = List.of(
            "GITHUB_ACTOR", "GITLAB_USER_LOGIN", "BUILD_REQUESTEDFOREMAIL", "BUILD_USER_ID");
    /** Variables whose presence means "running in CI" ({@code CI} only when {@code true}). */
    public static final List<String> CI_VARIABLES = List.of("CI", "GITHUB_ACTIONS", "GITLAB_CI", "TF_BUILD", "JENKINS_URL");
    public static final String BY_SOURCE = "--by";
    public static final String OS_USER_SOURCE = "user.name";

    /** Whether a command may fall back to the OS user inside CI. */
    public enum Need {
        /** {@code apply}, {@code unlock}, {@code state restore}, {@code drift}, {@code plan}'s createdBy. */
        ANY,
        /** {@code approve}: inside CI with no actor variable set, {@code --by} is required. */
        BY_IN_CI_WITHOUT_ACTOR
    }

    private IdentityRule() {
    }

    /**
     * The identity of whoever runs this command.
     *
     * @param by          the {@code --by} option, empty when not given
     * @param environment the process environment (or a test's)
     * @throws InvalidInputException (exit 2) for a {@code --by} that contradicts the CI actor, or a missing
     *                               {@code --by} where {@code need} demands one
     */
    public static Identity resolve(Optional<String> by, Map<String, String> environment, Need need) {
        Optional<Identity> actor = actor(environment);
        boolean inCi = inCi(environment);
        Optional<String> given = by.map(String::strip).filter(s -> !s.isEmpty());
        if (by.isPresent() && given.isEmpty()) {
            throw new InvalidInputException("--by: the identity is blank");
        }
        if (given.isPresent()) {
            if (inCi && actor.isPresent() && !actor.get().sameAs(given.get())) {
                throw new InvalidInputException("--by " + given.get() + " differs from " + actor.get().source() + "="
                        + actor.get().name() + ": inside CI the platform's actor is who runs this; drop --by or run the job as "
                        + given.get());
            }
            return new Identity(given.get(), BY_SOURCE);
        }
        if (actor.isPresent()) {
            return actor.get();
        }
        if (inCi && need == Need.BY_IN_CI_WITHOUT_ACTOR) {
            throw new InvalidInputException("no CI actor variable is set (" + String.join(", ", ACTOR_VARIABLES)
                    + "): pass the approver's login with --by");
        }
        return osUser();
    }

    /** The first actor variable set (non-blank) in {@code environment}. */
    public static Optional<Identity> actor(Map<String, String> environment) {
        for (String variable : ACTOR_VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(new Identity(value, variable));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code environment} is a CI job's: {@code CI=true}, or any other of {@link #CI_VARIABLES} set. */
    public static boolean inCi(Map<String, String> environment) {
        for (String variable : CI_VARIABLES) {
            String value = environment.get(variable);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (!variable.equals("CI") || value.strip().equalsIgnoreCase("true") || value.strip().equals("1")) {
                return true;
            }
        }
        return false;
    }

    private static Identity osUser() {
        String user = System.getProperty("user.name", "");
        return new Identity(user.isBlank() ? "unknown" : user, OS_USER_SOURCE);
    }
}
