package io.cxgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cxgate.testing.Fixtures;

class EnvironmentContextTest {
    @Test
    void withoutAConfigTheEnvironmentIsAdHocInUtcAndTheInheritedCredentialsAreMasked() {
        EnvironmentContext context = EnvironmentContext.resolve(Optional.empty(), "dev",
                Map.of("GENESYSCLOUD_OAUTHCLIENT_SECRET", "inherited-secret", "GENESYSCLOUD_ACCESS_TOKEN", "tok-1234"));

        assertEquals(EnvironmentConfig.adHoc("dev"), context.environment());
        assertEquals(ZoneOffset.UTC, context.timeZone());
        assertEquals("a (sensitive) b (sensitive)", context.redactor().mask("a inherited-secret b tok-1234"));
        assertInstanceOf(GenesysCredentials.Missing.class, context.credentials());
    }

    @Test
    void theConfigGivesTheEnvironmentTimeZoneMaskPatternsAndCredentials() {
        CxgateConfig config = ConfigLoader.load(Fixtures.repo("examples/cxgate.yaml"));
        EnvironmentContext context = EnvironmentContext.resolve(Optional.of(config), "prod",
                Map.of("GENESYSCLOUD_OAUTHCLIENT_ID", "client-5678", "GENESYSCLOUD_OAUTHCLIENT_SECRET", "secret-9012"));

        assertEquals("prod", context.name());
        assertEquals(ZoneId.of("Europe/London"), context.timeZone());
        assertEquals("(sensitive) (sensitive) (sensitive)", context.redactor().mask("Bearer abc client-5678 secret-9012"));
        assertEquals(new GenesysCredentials("client-5678", "secret-9012", "us-east-1"), context.requireCredentials());
    }
}
