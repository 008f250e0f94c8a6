package io.cxgate.genesys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.cxgate.InvalidInputException;
import io.cxgate.config.GenesysCredentials;

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
    void theResolvedCredentialsAreUsedWithTheirRegionChecked() {
        assertEquals(new ApiCredentials("prod-id", "prod-secret", Region.EU_CENTRAL_1),
                ApiCredentials.of(new GenesysCredentials("prod-id", "prod-secret", "eu-central-1")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ApiCredentials.of(new GenesysCredentials("prod-id", "prod-secret", "mars-north-1")));
        assertTrue(e.getMessage().startsWith("unknown Genesys Cloud region \"mars-north-1\"; valid regions: "),
                e.getMessage());
    }
}
