package io.cxgate.genesys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cxgate.CxgateException;
import io.cxgate.InvalidInputException;

class PlatformApiClientTest {
    private static final ApiCredentials EU = new ApiCredentials("id", "secret", Region.EU_WEST_2);

    @Test
    void theRegionDecidesTheLoginAndApiHosts() {
        try (PlatformApiClient client = PlatformApiClient.builder(EU).build()) {
            assertEquals("https://login.euw2.pure.cloud/oauth/token", client.tokenUrl());
            assertEquals("https://api.euw2.pure.cloud/", client.apiBaseUrl());
        }
    }

    @Test
    void anApiBaseUrlServesBothTheTokenEndpointAndTheApi() {
        try (PlatformApiClient client = PlatformApiClient.builder(EU).apiBaseUrl("https://gateway.example/genesys/").build()) {
            assertEquals("https://gateway.example/genesys/oauth/token", client.tokenUrl());
            assertEquals("https://gateway.example/genesys/", client.apiBaseUrl());
        }
    }

    @Test
    void anApiBaseUrlThatIsNotHttpIsInvalidInput() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PlatformApiClient.builder(EU).apiBaseUrl("ftp://gateway.example"));
        assertEquals("--api-base-url: not an http(s) URL without query: ftp://gateway.example", e.getMessage());
    }

    @Test
    void anUnreachableOrgFailsAfterRetryingTheTokenRequest() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FakeClock clock = new FakeClock();
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        try (PlatformApiClient client = PlatformApiClient.builder(EU).apiBaseUrl("http://127.0.0.1:" + closedPort)
                .clock(clock).sleeper(sleeper).maxAttempts(3).build()) {
            CxgateException e = assertThrows(CxgateException.class, () -> client.get("/api/v2/flows", Map.of()));

            assertTrue(e.getMessage().startsWith("get OAuth token: POST /oauth/token: connection refused"), e.getMessage());
            assertEquals(0, client.requests(), "a refused connection carries no request");
            assertEquals(2, sleeper.sleeps().size());
        }
    }

    @Test
    void onlyApiPathsAreAccepted() {
        try (PlatformApiClient client = PlatformApiClient.builder(EU).build()) {
            assertThrows(IllegalArgumentException.class, () -> client.get("routing/queues", Map.of()));
        }
    }
}
