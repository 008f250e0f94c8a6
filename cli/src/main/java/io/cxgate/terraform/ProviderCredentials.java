package io.cxgate.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.InvalidInputException;
import io.cxgate.redact.Redactor;

/**
 * The OAuth client credentials and region handed to the Genesys Cloud provider, through the environment
 * only. {@code toString()} masks the client id and secret.
 */
public record ProviderCredentials(String clientId, String clientSecret, String region) {

    public static final String CLIENT_ID_VARIABLE = "GENESYSCLOUD_OAUTHCLIENT_ID";
    public static final String CLIENT_SECRET_VARIABLE = "GENESYSCLOUD_OAUTHCLIENT_SECRET";
    public static final String REGION_VARIABLE = "GENESYSCLOUD_REGION";

    public ProviderCredentials {
        requireNonBlank(clientId, "clientId");
        requireNonBlank(clientSecret, "clientSecret");
        requireNonBlank(region, "region");
    }

    /**
     * The credentials for one environment, by the rule of ARCHITECTURE.md: the variables the environment
     * names in {@code credentials} when configured, else the inherited {@code GENESYSCLOUD_OAUTHCLIENT_ID},
     * {@code GENESYSCLOUD_OAUTHCLIENT_SECRET}; the region from the config, else {@code GENESYSCLOUD_REGION}.
     * Never from the file itself.
     *
     * @param environment     the environment's name, for messages ({@code prod})
     * @param env             the inherited process environment
     * @param clientIdEnv     {@code environments.<env>.credentials.clientIdEnv}, when configured
     * @param clientSecretEnv {@code environments.<env>.credentials.clientSecretEnv}, when configured
     * @param region          {@code environments.<env>.region}, when configured
     * @throws InvalidInputException naming every variable that is unset or blank
     */
    public static ProviderCredentials resolve(String environment, Map<String, String> env,
            Optional<String> clientIdEnv, Optional<String> clientSecretEnv, Optional<String> region) {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(env, "env");
        List<String> problems = new ArrayList<>();
        String id = fromVariable(env, clientIdEnv, CLIENT_ID_VARIABLE,
                "environments." + environment + ".credentials.clientIdEnv", problems);
        String secret = fromVariable(env, clientSecretEnv, CLIENT_SECRET_VARIABLE,
                "environments." + environment + ".credentials.clientSecretEnv", problems);
        String resolvedRegion;
        if (region.filter(r -> !r.isBlank()).isPresent()) {
            resolvedRegion = region.get().strip();
        } else {
            resolvedRegion = env.get(REGION_VARIABLE);
            if (isBlank(resolvedRegion)) {
                problems.add("environment variable " + REGION_VARIABLE + " is not set (or set environments."
                        + environment + ".region in cxgate.yaml)");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("; ", problems));
        }
        return new ProviderCredentials(id, secret, resolvedRegion);
    }

    private static String fromVariable(Map<String, String> env, Optional<String> configured, String fallback,
            String configKey, List<String> problems) {
        Optional<String> named = configured.filter(name -> !name.isBlank()).map(String::strip);
        String variable = named.orElse(fallback);
        String value = env.get(variable);
        if (isBlank(value)) {
            problems.add("environment variable " + variable + " is not set ("
                    + (named.isPresent() ? configKey + " in cxgate.yaml" : "or set " + configKey + " in cxgate.yaml")
                    + ")");
            return null;
        }
        return value;
    }

    /** The provider's environment variables with these values. */
    public Map<String, String> asEnvironment() {
        return Map.of(CLIENT_ID_VARIABLE, clientId, CLIENT_SECRET_VARIABLE, clientSecret, REGION_VARIABLE, region);
    }

    /** The values to mask wherever they might appear: the client id and secret (not the region). */
    public List<String> secretValues() {
        return List.of(clientId, clientSecret);
    }

    /** {@code redactor} extended to mask these credentials. */
    public Redactor maskedIn(Redactor redactor) {
        return redactor.withLiterals(secretValues());
    }

    @Override
    public String toString() {
        return "ProviderCredentials[clientId=" + Redactor.MASK + ", clientSecret=" + Redactor.MASK
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
