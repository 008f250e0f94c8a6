package io.cxgate.genesys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cxgate.CxgateException;
import io.cxgate.Version;
import io.cxgate.genesys.emulator.Fault;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;
import okhttp3.Headers;

class RedactingLogInterceptorTest {
    private static final String CANARY_ID = "canary-client-5e1d";
    private static final String CANARY_SECRET = "canary-secret-93b7a1f0";

    @Test
    void everyRequestIsLoggedWithMethodPathStatusAndDuration() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)))) {
            t.client.listAll("/api/v2/routing/queues", Map.of());

            assertEquals(2, t.log.size(), t.log.toString());
            assertTrue(t.log.get(0).matches("api: POST /oauth/token 200 \\(\\d+ ms, rate \\d+/300\\)"), t.log.get(0));
            assertTrue(t.log.get(1).matches(
                    "api: GET /api/v2/routing/queues\\?pageSize=500&pageNumber=1 200 \\(\\d+ ms, rate \\d+/300\\)"),
                    t.log.get(1));
        }
    }

    @Test
    void everyRequestCarriesTheCxgateUserAgent() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)))) {
            t.client.get("/api/v2/routing/queues", Map.of());
            for (Headers headers : t.emulator.requestHeaders()) {
                assertEquals("cxgate/" + Version.get(), headers.get("User-Agent"));
            }
            assertEquals(2, t.emulator.requestHeaders().size());
        }
    }

    @Test
    void neitherTheTokenNorTheClientCredentialsReachAnyLogLineOrErrorMessage() {
        OrgEmulator emulator = new OrgEmulator(TestOrgs.queues(3), CANARY_ID, CANARY_SECRET)
                .leakAuthorizationInErrors()
                .denyPermission("/api/v2/routing/skills", "routing:skill:view")
                .fail("/api/v2/routing/queues", 1, Fault.status(503));
        List<String> messages = new ArrayList<>();
        try (ApiTestSupport t = new ApiTestSupport(emulator)) {
            t.client.get("/api/v2/routing/queues", Map.of());
            t.emulator.expireTokens();
            CxgateException denied = assertThrows(CxgateException.class,
                    () -> t.client.get("/api/v2/routing/skills", Map.of()));
            messages.add(denied.getMessage());
            for (Throwable c = denied.getCause(); c != null; c = c.getCause()) {
                messages.add(String.valueOf(c.getMessage()));
            }
            assertTrue(denied.getMessage().startsWith("GET /api/v2/routing/skills: 403 missing.permissions: Unable to"
                    + " perform the requested action. You are missing the following permission(s):"
                    + " [routing:skill:view] (request had Authorization: Bearer (sensitive))"), denied.getMessage());

            List<String> secrets = new ArrayList<>(t.emulator.issuedTokens());
            secrets.add(CANARY_ID);
            secrets.add(CANARY_SECRET);
            secrets.add(Base64.getEncoder().encodeToString((CANARY_ID + ":" + CANARY_SECRET)
                    .getBytes(StandardCharsets.UTF_8)));
            assertEquals(2, t.emulator.issuedTokens().size());
            List<String> everything = new ArrayList<>(t.log);
            everything.addAll(messages);
            everything.add(t.client.toString());
            for (String text : everything) {
                for (String secret : secrets) {
                    assertFalse(text.contains(secret), "leaked into: " + text);
                }
                assertFalse(text.contains("Bearer emu-"), text);
            }
        }
    }

    @Test
    void aPlatformErrorBodyBecomesOneLineWithCodeAndMessage() {
        OrgEmulator emulator = new OrgEmulator(TestOrgs.queues(1)).denyPermission("/api/v2/routing/queues",
                "routing:queue:view");
        try (ApiTestSupport t = new ApiTestSupport(emulator)) {
            CxgateException e = assertThrows(CxgateException.class,
                    () -> t.client.get("/api/v2/routing/queues", Map.of()));
            assertEquals("GET /api/v2/routing/queues: 403 missing.permissions: Unable to perform the requested action."
                    + " You are missing the following permission(s): [routing:queue:view]", e.getMessage());
        }
    }

    @Test
    void anUnknownPathIsNotFound() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(1)))) {
            CxgateException e = assertThrows(CxgateException.class,
                    () -> t.client.get("/api/v2/routing/nonsense", Map.of()));
            assertEquals("GET /api/v2/routing/nonsense: 404 not.found: Not Found", e.getMessage());
        }
    }
}
