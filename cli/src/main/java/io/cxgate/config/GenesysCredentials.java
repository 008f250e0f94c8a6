package io.cxgate.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.InvalidInputException;
import io.cxgate.redact.Redactor;

/**
 * The OAuth client credentials and region of one environment's org, and the one place that knows which
 * environment variables hold them. The rule of ARCHITECTURE.md: the variables the environment names in
 * {@code credentials} when configured, else the inherited {@code GENESYSCLOUD_OAUTHCLIENT_ID} and
 * {@code GENESYSCLOUD_OAUTHCLIENT_SECRET}; the region from the config, else {@code GENESYSCLOUD_REGION}. Never
 * from the file itself. Used for the live org (Platform API) and for terraform's provider alike.
 * {@code toString()} masks the client id and secret.
 */
public record GenesysCredentials(String clientId, String clientSecret, String region) {
    public static final String CLIENT_ID_VARIABLE = "GENESYSCLOUD_OAUTHCLIENT_ID";
    public static final String CLIENT_SECRET_VARIABLE = "GENESYSCLOUD_OAUTHCLIENT_SECRET";
    public static final String REGION_VARIABLE = "GENESYSCLOUD_REGION";
    public static final String ACCESS_TOKEN_VARIABLE = "GENESYSCLOUD_ACCESS_TOKEN";
    /** Inherited variables whose values are credentials: masked wherever they might appear, refused as arguments. */
    public static final List<String> SECRET_VARIABLES = List.of(CLIENT_ID_VARIABLE, CLIENT_SECRET_VARIABLE,
            ACCESS_TOKEN_VARIABLE);

    public GenesysCredentials {
        requireNonBlank(clientId, "clientId");
        requireNonBlank(clientSecret, "clientSecret");
        requireNonBlank(region, "region");
    }

    /** The credentials, or why there are none: expected when an environment never talks to its org. */
    public sealed interface Lookup permits Found, Missing {
        /** The credentials, else the refusal (exit 2) naming every variable that is unset. */
        GenesysCredentials orElseThrow();
    }

    public record Found(GenesysCredentials credentials) implements Lookup {
        @Override
        public GenesysCredentials orElseThrow() {
            return credentials;
        }
    }

    /** @param problem one line naming every variable that is unset or blank, and where it is configured */
    public record Missing(String problem) implements Lookup {
        @Override
        public GenesysCredentials orElseThrow() {
            throw new InvalidInputException(problem);
        }
    }

    /**
     * Looks the environment's credentials up in {@code variables} (the inherited process environment).
     * A missing value yields {@link Missing} naming each unset variable, e.g. {@code environment variable
     * GC_PROD_CLIENT_SECRET is not set (environments.prod.credentials.clientSecretEnv in cxgate.yaml)}.
     */
    public static Lookup lookup(EnvironmentConfig env, Map<String, String> variables) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(variables, "variables");
        String prefix = "environments." + env.name();
        List<String> problems = new ArrayList<>();
        String id = fromVariable(variables, env.credentials().map(Credentials::clientIdEnv), CLIENT_ID_VARIABLE,
                prefix + ".credentials.clientIdEnv", problems);
        String secret = fromVariable(variables, env.credentials().map(Credentials::clientSecretEnv),
                CLIENT_SECRET_VARIABLE, prefix + ".credentials.clientSecretEnv", problems);
        Optional<String> configured = env.region().filter(r -> !r.isBlank()).map(String::strip);
        String region = configured.orElseGet(() -> variables.get(REGION_VARIABLE));
        if (isBlank(region)) {
            problems.add("environment variable " + REGION_VARIABLE + " is not set (or set " + prefix
                    + ".region in cxgate.yaml)");
        }
        if (!problems.isEmpty()) {
            return new Missing(String.join("; ", problems));
        }
        return new Found(new GenesysCredentials(id, secret, region.strip()));
    }

    /**
     * The values of every variable that may hold a credential of this environment, set or not used: the
     * inherited {@link #SECRET_VARIABLES} and the environment's own {@code credentials} variables.
     */
    public static List<String> secretValues(EnvironmentConfig env, Map<String, String> variables) {
        List<String> names = new ArrayList<>(SECRET_VARIABLES);
        env.credentials().ifPresent(c -> {
            names.add(c.clientIdEnv());
            names.add(c.clientSecretEnv());
        });
        return names.stream().map(variables::get).filter(v -> !isBlank(v)).distinct().toList();
    }

    private static String fromVariable(Map<String, String> variables, Optional<String> configured, String fallback,
            String configKey, List<String> problems) {
        Optional<String> named = configured.filter(name -> !name.isBlank()).map(String::strip);
        String variable = named.orElse(fallback);
        String value = variables.get(variable);
        if (isBlank(value)) {
            problems.add("environment variable " + variable + " is not set ("
                    + (named.isPresent() ? configKey + " in cxgate.yaml" : "or set " + configKey + " in cxgate.yaml")
                    + ")");
            return null;
        }
        return value;
    }

    /** The provider's environment variables with these values. */
    public Map<String, String> asProviderEnvironment() {
        return Map.of(CLIENT_ID_VARIABLE, clientId, CLIENT_SECRET_VARIABLE, clientSecret, REGION_VARIABLE, region);
    }

    /** The values to mask wherever they might appear: the client id and secret (not the region). */
    public List<String> secretValues() {
        return List.of(clientId, clientSecret);
    }

    @Override
    public String toString() {
        return "GenesysCredentials[clientId=" + Redactor.MASK + ", clientSecret=" + Redactor.MASK
                + ", region=" + region + "]";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void requireNonBlank(String value, String name) {
        if (isBlank(value)) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }
}
