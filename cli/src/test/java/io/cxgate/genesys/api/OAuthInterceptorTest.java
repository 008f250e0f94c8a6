package io.cxgate.genesys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cxgate.CxgateException;
import io.cxgate.genesys.emulator.Fault;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;
import okhttp3.Headers;

class OAuthInterceptorTest {
    private static final String QUEUES = "/api/v2/routing/queues";

    @Test
    void theFirstCallFetchesATokenWithBasicAuthAndAFormBody() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)))) {
            t.client.get(QUEUES, Map.of());

            assertEquals(List.of("POST /oauth/token", "GET " + QUEUES), t.emulator.requestTargets());
            Headers tokenRequest = t.emulator.requestHeaders().get(0);
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (OrgEmulator.CLIENT_ID + ":" + OrgEmulator.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
            assertEquals(basic, tokenRequest.get("Authorization"));
            assertTrue(tokenRequest.get("Content-Type").startsWith("application/x-www-form-urlencoded"));
            assertEquals("Bearer " + t.emulator.issuedTokens().get(0), t.emulator.requestHeaders().get(1).get("Authorization"));
            assertEquals(2, t.client.requests());
        }
    }

    @Test
    void theTokenIsReusedUntilItExpires() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)))) {
            for (int i = 0; i < 3; i++) {
                t.client.get(QUEUES, Map.of());
            }
            assertEquals(1, t.emulator.tokensIssued());
            assertEquals(4, t.client.requests());
        }
    }

    @Test
    void aTokenCloseToExpiryIsRenewedBeforeTheCallInsteadOfAfterA401() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)).tokenLifetime(Duration.ofSeconds(300)))) {
            t.client.get(QUEUES, Map.of());
            t.clock.advance(Duration.ofSeconds(271)); // inside the last tenth of the 300 s lifetime
            t.client.get(QUEUES, Map.of());

            assertEquals(List.of("POST /oauth/token", "GET " + QUEUES, "POST /oauth/token", "GET " + QUEUES),
                    t.emulator.requestTargets());
            assertEquals(4, t.client.requests());
        }
    }

    @Test
    void aRejectedTokenIsRefreshedExactlyOnceAndTheRequestRetried() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)))) {
            t.client.get(QUEUES, Map.of());
            t.emulator.expireTokens();

            t.client.get(QUEUES, Map.of());

            assertEquals(2, t.emulator.tokensIssued());
            assertEquals(2, t.client.tokenFetches());
            // token, GET, then GET → 401, one new token, GET again
            assertEquals(5, t.client.requests());
            assertEquals(List.of("POST /oauth/token", "GET " + QUEUES, "GET " + QUEUES, "POST /oauth/token", "GET " + QUEUES),
                    t.emulator.requestTargets());
        }
    }

    @Test
    void a401ThatPersistsAfterTheRefreshIsAnErrorWithoutFurtherTokenRequests() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)).fail(QUEUES, 5, Fault.status(401)))) {
            CxgateException e = assertThrows(CxgateException.class, () -> t.client.get(QUEUES, Map.of()));

            assertEquals("GET " + QUEUES + ": 401 bad.credentials: The request failed with status 401", e.getMessage());
            assertEquals(2, t.emulator.tokensIssued());
            assertEquals(4, t.client.requests());
        }
    }

    @Test
    void badCredentialsFailWithTheLoginServiceErrorAndNeverTheSecret() {
        String canary = "canary-secret-7d1f0c2b9e";
        OrgEmulator emulator = new OrgEmulator(TestOrgs.queues(1));
        ApiCredentials wrong = new ApiCredentials(OrgEmulator.CLIENT_ID, canary, Region.US_EAST_1);
        try (ApiTestSupport t = new ApiTestSupport(emulator, wrong, b -> { })) {
            CxgateException e = assertThrows(CxgateException.class, () -> t.client.get(QUEUES, Map.of()));

            assertEquals("get OAuth token: POST /oauth/token: 401 invalid_client: client not found (check the OAuth"
                    + " client id and secret, and that the client belongs to region us-east-1)", e.getMessage());
            assertFalse(e.getMessage().contains(canary));
            assertEquals(1, t.client.requests(), "a 401 from the login service is not retried");
            t.log.forEach(line -> assertFalse(line.contains(canary), line));
        }
    }
}
