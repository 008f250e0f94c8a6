package io.cxgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cxgate.InvalidInputException;

class GenesysCredentialsTest {
    private static final Map<String, String> ENV = Map.of(
            "GC_PROD_CLIENT_ID", "prod-id-1234",
            "GC_PROD_CLIENT_SECRET", "prod-secret-5678",
            "GENESYSCLOUD_OAUTHCLIENT_ID", "default-id-1234",
            "GENESYSCLOUD_OAUTHCLIENT_SECRET", "default-secret-5678",
            "GENESYSCLOUD_ACCESS_TOKEN", "token-90ab",
            "GENESYSCLOUD_REGION", "us-west-2");

    private static EnvironmentConfig env(String name, Optional<Credentials> credentials, Optional<String> region) {
        return new EnvironmentConfig(name, region, List.of(), Optional.empty(), Optional.empty(), credentials,
                Optional.empty(), false, SimulationMode.NONE, Optional.empty(), List.of(), Map.of());
    }

    private static EnvironmentConfig prod(String region) {
        return env("prod", Optional.of(new Credentials("GC_PROD_CLIENT_ID", "GC_PROD_CLIENT_SECRET")),
                Optional.ofNullable(region));
    }

    @Test
    void theEnvironmentsNamedVariablesAndRegionWinWhenConfigured() {
        assertEquals(new GenesysCredentials.Found(new GenesysCredentials("prod-id-1234", "prod-secret-5678",
                "eu-central-1")), GenesysCredentials.lookup(prod("eu-central-1"), ENV));
    }

    @Test
    void withoutConfiguredNamesTheInheritedGenesysVariablesAreUsed() {
        assertEquals(new GenesysCredentials("default-id-1234", "default-secret-5678", "us-west-2"),
                GenesysCredentials.lookup(EnvironmentConfig.adHoc("dev"), ENV).orElseThrow());
    }

    @Test
    void aConfiguredVariableThatIsNotSetIsNamedWithItsSetting() {
        GenesysCredentials.Lookup lookup = GenesysCredentials.lookup(prod("us-east-1"),
                Map.of("GC_PROD_CLIENT_ID", "prod-id-1234"));

        assertEquals(new GenesysCredentials.Missing("environment variable GC_PROD_CLIENT_SECRET is not set "
                + "(environments.prod.credentials.clientSecretEnv in cxgate.yaml)"), lookup);
        InvalidInputException e = assertThrows(InvalidInputException.class, lookup::orElseThrow);
        assertEquals(((GenesysCredentials.Missing) lookup).problem(), e.getMessage());
    }

    @Test
    void aConfiguredVariableThatIsBlankCountsAsNotSetAndIsNotReplacedByTheDefault() {
        Map<String, String> vars = Map.of("GC_PROD_CLIENT_ID", " ", "GENESYSCLOUD_OAUTHCLIENT_ID", "default-id-1234",
                "GC_PROD_CLIENT_SECRET", "prod-secret-5678");

        assertEquals(new GenesysCredentials.Missing("environment variable GC_PROD_CLIENT_ID is not set "
                + "(environments.prod.credentials.clientIdEnv in cxgate.yaml)"),
                GenesysCredentials.lookup(prod("us-east-1"), vars));
    }

    @Test
    void everyMissingDefaultVariableIsNamedInOneMessage() {
        assertEquals(new GenesysCredentials.Missing("environment variable GENESYSCLOUD_OAUTHCLIENT_ID is not set "
                        + "(or set environments.dev.credentials.clientIdEnv in cxgate.yaml); "
                        + "environment variable GENESYSCLOUD_OAUTHCLIENT_SECRET is not set "
                        + "(or set environments.dev.credentials.clientSecretEnv in cxgate.yaml); "
                        + "environment variable GENESYSCLOUD_REGION is not set (or set environments.dev.region in cxgate.yaml)"),
                GenesysCredentials.lookup(EnvironmentConfig.adHoc("dev"), Map.of()));
    }

    @Test
    void aBlankConfiguredRegionFallsBackToTheVariable() {
        assertEquals("us-west-2", GenesysCredentials.lookup(prod(" "), ENV).orElseThrow().region());
    }

    @Test
    void theSecretValuesAreEveryInheritedCredentialAndTheEnvironmentsOwn() {
        assertEquals(List.of("default-id-1234", "default-secret-5678", "token-90ab", "prod-id-1234", "prod-secret-5678"),
                GenesysCredentials.secretValues(prod(null), ENV));
        assertEquals(List.of("default-id-1234", "default-secret-5678", "token-90ab"),
                GenesysCredentials.secretValues(EnvironmentConfig.adHoc("dev"), ENV));
        assertEquals(List.of(), GenesysCredentials.secretValues(prod(null), Map.of("GC_PROD_CLIENT_ID", "  ")));
    }

    @Test
    void theProviderGetsTheThreeStandardVariables() {
        GenesysCredentials credentials = new GenesysCredentials("prod-id-1234", "prod-secret-5678", "us-east-1");
        assertEquals(Map.of("GENESYSCLOUD_OAUTHCLIENT_ID", "prod-id-1234", "GENESYSCLOUD_OAUTHCLIENT_SECRET",
                "prod-secret-5678", "GENESYSCLOUD_REGION", "us-east-1"), credentials.asProviderEnvironment());
        assertEquals(List.of("prod-id-1234", "prod-secret-5678"), credentials.secretValues());
    }

    @Test
    void toStringNeverShowsTheClientIdOrSecret() {
        String text = new GenesysCredentials("prod-id-1234", "prod-secret-5678", "us-east-1").toString();

        assertFalse(text.contains("prod-id-1234"), text);
        assertFalse(text.contains("prod-secret-5678"), text);
        assertEquals("GenesysCredentials[clientId=(sensitive), clientSecret=(sensitive), region=us-east-1]", text);
    }
}
