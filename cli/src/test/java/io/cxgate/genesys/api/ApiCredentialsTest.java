package io.cxgate.genesys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cxgate.InvalidInputException;

class ApiCredentialsTest {
    @Test
    void toStringNeverShowsTheClientIdOrSecret() {
        ApiCredentials credentials = new ApiCredentials("client-4711", "canary-secret-0xC0FFEE", Region.EU_WEST_1);
        String text = credentials.toString();
        assertFalse(text.contains("client-4711"), text);
        assertFalse(text.contains("canary-secret-0xC0FFEE"), text);
        assertEquals("ApiCredentials[clientId=(sensitive), clientSecret=(sensitive), region=eu-west-1]", text);
    }

    @Test
    void credentialsComeFromTheDefaultGenesysVariables() {
        ApiCredentials credentials = ApiCredentials.fromEnvironment(Map.of(
                "GENESYSCLOUD_OAUTHCLIENT_ID", "id", "GENESYSCLOUD_OAUTHCLIENT_SECRET", "secret",
                "GENESYSCLOUD_REGION", "us-west-2"), null, null, null);
        assertEquals(new ApiCredentials("id", "secret", Region.US_WEST_2), credentials);
    }

    @Test
    void theEnvironmentsOwnVariablesAndRegionWinOverTheDefaults() {
        ApiCredentials credentials = ApiCredentials.fromEnvironment(Map.of(
                "GC_PROD_CLIENT_ID", "prod-id", "GC_PROD_CLIENT_SECRET", "prod-secret",
                "GENESYSCLOUD_OAUTHCLIENT_ID", "other", "GENESYSCLOUD_REGION", "us-west-2"),
                "GC_PROD_CLIENT_ID", "GC_PROD_CLIENT_SECRET", "eu-central-1");
        assertEquals(new ApiCredentials("prod-id", "prod-secret", Region.EU_CENTRAL_1), credentials);
    }

    @Test
    void aMissingVariableIsInvalidInputNamingIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ApiCredentials.fromEnvironment(
                Map.of("GC_PROD_CLIENT_ID", "prod-id"), "GC_PROD_CLIENT_ID", "GC_PROD_CLIENT_SECRET", "us-east-1"));
        assertEquals("Genesys Cloud credentials: environment variable GC_PROD_CLIENT_SECRET not set", e.getMessage());
    }
}
