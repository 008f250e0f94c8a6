package io.cxgate.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cxgate.InvalidInputException;
import io.cxgate.redact.Redactor;

class ProviderCredentialsTest {
    private static final Map<String, String> ENV = Map.of(
            "GC_PROD_CLIENT_ID", "prod-id-1234",
            "GC_PROD_CLIENT_SECRET", "prod-secret-5678",
            "GENESYSCLOUD_OAUTHCLIENT_ID", "default-id-1234",
            "GENESYSCLOUD_OAUTHCLIENT_SECRET", "default-secret-5678",
            "GENESYSCLOUD_REGION", "us-west-2");

    @Test
    void theEnvironmentsNamedVariablesWinWhenConfigured() {
        ProviderCredentials credentials = ProviderCredentials.resolve("prod", ENV, Optional.of("GC_PROD_CLIENT_ID"),
                Optional.of("GC_PROD_CLIENT_SECRET"), Optional.of("eu-central-1"));

        assertEquals(new ProviderCredentials("prod-id-1234", "prod-secret-5678", "eu-central-1"), credentials);
    }

    @Test
    void withoutConfiguredNamesTheInheritedGenesysVariablesAreUsed() {
        ProviderCredentials credentials = ProviderCredentials.resolve("dev", ENV, Optional.empty(), Optional.empty(),
                Optional.empty());

        assertEquals(new ProviderCredentials("default-id-1234", "default-secret-5678", "us-west-2"), credentials);
    }

    @Test
    void aConfiguredVariableThatIsNotSetIsNamedWithItsSetting() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProviderCredentials.resolve("prod",
                Map.of("GC_PROD_CLIENT_ID", "prod-id-1234"), Optional.of("GC_PROD_CLIENT_ID"),
                Optional.of("GC_PROD_CLIENT_SECRET"), Optional.of("us-east-1")));

        assertEquals("environment variable GC_PROD_CLIENT_SECRET is not set "
                + "(environments.prod.credentials.clientSecretEnv in cxgate.yaml)", e.getMessage());
    }

    @Test
    void aConfiguredVariableThatIsBlankCountsAsNotSetAndIsNotReplacedByTheDefault() {
        Map<String, String> env = Map.of("GC_PROD_CLIENT_ID", " ", "GENESYSCLOUD_OAUTHCLIENT_ID", "default-id-1234",
                "GC_PROD_CLIENT_SECRET", "prod-secret-5678");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProviderCredentials.resolve("prod", env,
                Optional.of("GC_PROD_CLIENT_ID"), Optional.of("GC_PROD_CLIENT_SECRET"), Optional.of("us-east-1")));

        assertEquals("environment variable GC_PROD_CLIENT_ID is not set "
                + "(environments.prod.credentials.clientIdEnv in cxgate.yaml)", e.getMessage());
    }

    @Test
    void everyMissingDefaultVariableIsNamedInOneMessage() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProviderCredentials.resolve("dev",
                Map.of(), Optional.empty(), Optional.empty(), Optional.empty()));

        assertEquals("environment variable GENESYSCLOUD_OAUTHCLIENT_ID is not set "
                        + "(or set environments.dev.credentials.clientIdEnv in cxgate.yaml); "
                        + "environment variable GENESYSCLOUD_OAUTHCLIENT_SECRET is not set "
                        + "(or set environments.dev.credentials.clientSecretEnv in cxgate.yaml); "
                        + "environment variable GENESYSCLOUD_REGION is not set (or set environments.dev.region in cxgate.yaml)",
                e.getMessage());
    }

    @Test
    void toStringNeverShowsTheClientIdOrSecret() {
        String text = new ProviderCredentials("prod-id-1234", "prod-secret-5678", "us-east-1").toString();

        assertFalse(text.contains("prod-id-1234"), text);
        assertFalse(text.contains("prod-secret-5678"), text);
        assertEquals("ProviderCredentials[clientId=(sensitive), clientSecret=(sensitive), region=us-east-1]", text);
    }

    @Test
    void theCredentialsExtendARedactor() {
        ProviderCredentials credentials = new ProviderCredentials("prod-id-1234", "prod-secret-5678", "us-east-1");

        Redactor redactor = credentials.maskedIn(Redactor.none());

        assertEquals("id (sensitive) secret (sensitive) region us-east-1",
                redactor.mask("id prod-id-1234 secret prod-secret-5678 region us-east-1"));
        assertEquals(List.of("prod-id-1234", "prod-secret-5678"), credentials.secretValues());
    }
}
