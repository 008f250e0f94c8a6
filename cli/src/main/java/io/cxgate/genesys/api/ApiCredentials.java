package io.cxgate.genesys.api;

import java.util.List;
import java.util.Objects;

import io.cxgate.config.GenesysCredentials;

/**
 * OAuth client credentials for one org. Both values are secrets: {@link #toString()} never prints
 * them, and {@link #secrets()} lists them for the redactor.
 */
public record ApiCredentials(String clientId, String clientSecret, Region region) {
    public ApiCredentials {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("clientId must not be blank");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("clientSecret must not be blank");
        }
        Objects.requireNonNull(region, "region");
    }

    /** The credentials of {@link GenesysCredentials}, with the region checked against the known ones. */
    public static ApiCredentials of(GenesysCredentials credentials) {
        return new ApiCredentials(credentials.clientId(), credentials.clientSecret(), Region.of(credentials.region()));
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
