package io.cxgate.genesys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cxgate.CxgateException;
import io.cxgate.genesys.emulator.Fault;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;

class RetryInterceptorTest {
    private static final String QUEUES = "/api/v2/routing/queues";

    private static ApiTestSupport emulatorWith(String path, int times, Fault fault) {
        return new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)).fail(path, times, fault));
    }

    @Test
    void aRateLimitedRequestWaitsTheRetryAfterSecondsThenSucceeds() {
        try (ApiTestSupport t = emulatorWith(QUEUES, 1, Fault.rateLimited(7))) {
            assertEquals(3, t.client.get(QUEUES, Map.of()).path("entities").size());

            assertEquals(List.of(Duration.ofSeconds(7)), t.sleeper.sleeps());
            assertEquals(3, t.client.requests());
        }
    }

    @Test
    void aRetryAfterPastTheCapFailsAtOnceNamingTheLimitAndTheWait() {
        try (ApiTestSupport t = emulatorWith(QUEUES, 1, Fault.rateLimited(120))) {
            CxgateException e = assertThrows(CxgateException.class, () -> t.client.get(QUEUES, Map.of()));

            assertEquals("GET /api/v2/routing/queues: 429 too.many.requests.retry.after: Rate limit exceeded the"
                    + " maximum. Retry the request in [120] seconds (rate limit of 300 requests reached; the API asks"
                    + " to wait 120 s (Retry-After), past cxgate's 60 s cap)", e.getMessage());
            assertEquals(List.of(), t.sleeper.sleeps());
            assertEquals(2, t.client.requests());
        }
    }

    @Test
    void theRetryAfterCapIsConfigurable() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)).fail(QUEUES, 1,
                Fault.rateLimited(120)), b -> b.retryAfterCap(Duration.ofSeconds(180)))) {
            t.client.get(QUEUES, Map.of());
            assertEquals(List.of(Duration.ofSeconds(120)), t.sleeper.sleeps());
        }
    }

    @Test
    void serverErrorsAreRetriedWithJitteredExponentialBackoffThenSucceed() {
        try (ApiTestSupport t = emulatorWith(QUEUES, 2, Fault.status(503))) {
            t.client.get(QUEUES, Map.of());

            // random 0.5: half of 1 s plus half of the other half, then the same of 2 s
            assertEquals(List.of(Duration.ofMillis(750), Duration.ofMillis(1500)), t.sleeper.sleeps());
            assertEquals(4, t.client.requests());
        }
    }

    @Test
    void notImplementedIsNotRetried() {
        try (ApiTestSupport t = emulatorWith(QUEUES, 1, Fault.status(501))) {
            CxgateException e = assertThrows(CxgateException.class, () -> t.client.get(QUEUES, Map.of()));

            assertEquals("GET /api/v2/routing/queues: 501 not.implemented: The request failed with status 501",
                    e.getMessage());
            assertEquals(2, t.client.requests());
            assertEquals(List.of(), t.sleeper.sleeps());
        }
    }

    @Test
    void clientErrorsAreNotRetried() {
        try (ApiTestSupport t = emulatorWith(QUEUES, 1, Fault.status(404))) {
            assertThrows(CxgateException.class, () -> t.client.get(QUEUES, Map.of()));
            assertEquals(2, t.client.requests());
        }
    }

    @Test
    void aConnectionDroppedAfterItCarriedARequestIsRetriedAtOnceOnANewOne() {
        // the GET goes out on the token request's pooled connection: a drop there is retried at once
        try (ApiTestSupport t = emulatorWith(QUEUES, 1, Fault.drop())) {
            assertEquals(3, t.client.get(QUEUES, Map.of()).path("entities").size());

            assertEquals(3, t.client.requests());
            assertEquals(3, t.emulator.requests());
            assertEquals(List.of(), t.sleeper.sleeps());
        }
    }

    @Test
    void aDroppedFreshConnectionIsRetriedWithBackoff() {
        try (ApiTestSupport t = emulatorWith(QUEUES, 2, Fault.drop())) {
            assertEquals(3, t.client.get(QUEUES, Map.of()).path("entities").size());

            assertEquals(4, t.client.requests());
            assertEquals(4, t.emulator.requests());
            assertEquals(List.of(Duration.ofMillis(750)), t.sleeper.sleeps());
        }
    }

    @Test
    void theClientGivesUpAfterMaxAttemptsAndSaysSo() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)).fail(QUEUES, 10,
                Fault.status(503)), b -> b.maxAttempts(3))) {
            CxgateException e = assertThrows(CxgateException.class, () -> t.client.get(QUEUES, Map.of()));

            assertEquals("GET /api/v2/routing/queues: 503 service.unavailable: The request failed with status 503"
                    + " (after 3 attempts)", e.getMessage());
            assertEquals(4, t.client.requests());
        }
    }

    @Test
    void aRateLimitThatOutlastsEveryAttemptSaysSo() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)).fail(QUEUES, 10,
                Fault.rateLimited(2)), b -> b.maxAttempts(3))) {
            CxgateException e = assertThrows(CxgateException.class, () -> t.client.get(QUEUES, Map.of()));

            assertTrue(e.getMessage().endsWith("(rate limit of 300 requests reached; still rate limited after 3 attempts)"),
                    e.getMessage());
            assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), t.sleeper.sleeps());
        }
    }

    @Test
    void serverErrorsAreRetriedOnlyWithinTheRetryWindow() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)).fail(QUEUES, 10,
                Fault.status(503)), b -> b.maxAttempts(10).retryWindow(Duration.ofSeconds(5)))) {
            CxgateException e = assertThrows(CxgateException.class, () -> t.client.get(QUEUES, Map.of()));

            // 0.75 s, then 1.5 s (2.25 s in all); a third wait of 3 s would start the retry 5.25 s after the first try
            assertEquals(List.of(Duration.ofMillis(750), Duration.ofMillis(1500)), t.sleeper.sleeps());
            assertTrue(e.getMessage().endsWith("(after 3 attempts)"), e.getMessage());
        }
    }

    @Test
    void anUnreachableApiGivesUpWithinTheRetryWindowNamingTheAttempts() throws java.io.IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FakeClock clock = new FakeClock();
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        try (PlatformApiClient client = PlatformApiClient.builder(new OrgEmulator(TestOrgs.queues(1)).credentials())
                .apiBaseUrl("http://127.0.0.1:" + closedPort).clock(clock).sleeper(sleeper).random(() -> 0.5)
                .maxAttempts(10).retryWindow(Duration.ofSeconds(5)).build()) {
            CxgateException e = assertThrows(CxgateException.class, client::authenticate);

            assertEquals(List.of(Duration.ofMillis(750), Duration.ofMillis(1500)), sleeper.sleeps());
            assertTrue(e.getMessage().startsWith("get OAuth token: POST /oauth/token: connection refused"), e.getMessage());
            assertTrue(e.getMessage().endsWith(" after 3 attempts"), e.getMessage());
        }
    }

    @Test
    void theDefaultsConnectWithinFiveSecondsAndRetryWithinThirty() {
        assertEquals(Duration.ofSeconds(5), PlatformApiClient.DEFAULT_CONNECT_TIMEOUT);
        assertEquals(Duration.ofSeconds(30), PlatformApiClient.DEFAULT_RETRY_WINDOW);
    }

    @Test
    void droppedConnectionsThatPersistFailWithTheAttemptCount() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(3)).fail(QUEUES, 10, Fault.drop()),
                b -> b.maxAttempts(2))) {
            CxgateException e = assertThrows(CxgateException.class, () -> t.client.get(QUEUES, Map.of()));

            assertTrue(e.getMessage().startsWith("GET /api/v2/routing/queues: connection failed"), e.getMessage());
            assertTrue(e.getMessage().endsWith("after 2 attempts"), e.getMessage());
            // the first drop is on the token request's pooled connection and uses no attempt
            assertEquals(4, t.client.requests());
            assertEquals(4, t.emulator.requests());
        }
    }

    @Test
    void tokenRequestsAreRetriedToo() {
        try (ApiTestSupport t = emulatorWith("/oauth/token", 1, Fault.status(502))) {
            t.client.get(QUEUES, Map.of());
            assertEquals(List.of("POST /oauth/token", "POST /oauth/token", "GET " + QUEUES), t.emulator.requestTargets());
            assertEquals(3, t.client.requests());
        }
    }

    @Test
    void backoffStaysWithinItsJitterBandAndCap() {
        RetryInterceptor low = new RetryInterceptor(5, Duration.ofSeconds(60), Duration.ofSeconds(1),
                Duration.ofSeconds(30), d -> { }, () -> 0.0, line -> { });
        RetryInterceptor high = new RetryInterceptor(5, Duration.ofSeconds(60), Duration.ofSeconds(1),
                Duration.ofSeconds(30), d -> { }, () -> 0.999_999, line -> { });
        assertEquals(Duration.ofMillis(500), low.backoff(1));
        assertEquals(Duration.ofMillis(999), high.backoff(1));
        assertEquals(Duration.ofMillis(4000), low.backoff(4));
        assertEquals(Duration.ofSeconds(15), low.backoff(12));
        assertTrue(high.backoff(40).compareTo(Duration.ofSeconds(30)) < 0);
    }
}
