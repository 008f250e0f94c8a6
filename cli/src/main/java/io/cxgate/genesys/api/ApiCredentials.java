package io.cxgate.genesys.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cxgate.InvalidInputException;

/**
 * OAuth client credentials for one org. Both values are secrets: {@link #toString()} never prints
 * them, and {@link #secrets()} lists them for the redactor.
 */
public record ApiCredentials(String clientId, String clientSecret, Region region) {
    public static final String DEFAULT_CLIENT_ID_ENV = "GENESYSCLOUD_OAUTHCLIENT_ID";
    public static final String DEFAULT_CLIENT_SECRET_ENV = "GENESYSCLOUD_OAUTHCLIENT_SECRET";
    public static final String DEFAULT_REGION_ENV = "GENESYSCLOUD_REGION";

    public ApiCredentials {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("clientSecret must not be blank");
        }
        Objects.requireNonNull(region, "region");
    }

    /**
     * Credentials from environment variables, the one rule of ARCHITECTURE.md: the names the
     * environment's {@code credentials} block gives, else {@code GENESYSCLOUD_OAUTHCLIENT_ID},
     * {@code GENESYSCLOUD_OAUTHCLIENT_SECRET}; the region from the config when it names one, else
     * {@code GENESYSCLOUD_REGION}.
     *
     * @param clientIdEnv variable holding the client id, or null for the default name
     * @param clientSecretEnv variable holding the secret, or null for the default name
     * @param configuredRegion the environment's {@code region} from the config, or null
     * @throws InvalidInputException naming the missing variable or the unknown region
     */
    public static ApiCredentials fromEnvironment(Map<String, String> env, String clientIdEnv, String clientSecretEnv,
            String configuredRegion) {
        String idVar = clientIdEnv == null ? DEFAULT_CLIENT_ID_ENV : clientIdEnv;
        String secretVar = clientSecretEnv == null ? DEFAULT_CLIENT_SECRET_ENV : clientSecretEnv;
        List<String> missing = new ArrayList<>();
        String id = env.get(idVar);
        String secret = env.get(secretVar);
        if (id == null || id.isBlank()) {
            missing.add(idVar);
        }
        if (secret == null || secret.isBlank()) {
            missing.add(secretVar);
        }
        String regionName = configuredRegion;
        if (regionName == null || regionName.isBlank()) {
            regionName = env.get(DEFAULT_REGION_ENV);
            if (regionName == null || regionName.isBlank()) {
                missing.add(DEFAULT_REGION_ENV);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("Genesys Cloud credentials: environment variable"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " not set");
        }
        return new ApiCredentials(id, secret, Region.of(regionName));
    }

    /** The values to mask wherever text leaves cxgate. */
    public List<String> secrets() {
        return List.of(clientId, clientSecret);
    }

    @Override
    public String toString() {
        return "ApiCredentials[clientId=(sensitive), clientSecret=(sensitive), region=" + region.awsRegion() + "]";
    }
}
