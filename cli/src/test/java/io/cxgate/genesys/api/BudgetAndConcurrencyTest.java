package io.cxgate.genesys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.OrgObject;

class BudgetAndConcurrencyTest {
    @Test
    void aTokenBucketGivesItsBurstThenOnePermitPerInterval() throws InterruptedException {
        FakeClock clock = new FakeClock();
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        TokenBucket bucket = new TokenBucket(60, 3, clock, sleeper);

        for (int i = 0; i < 5; i++) {
            bucket.acquire();
        }

        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), sleeper.sleeps());
        assertEquals(Duration.ofSeconds(2), bucket.waited());
    }

    @Test
    void aTokenBucketRefillsWithTimeButNeverBeyondItsCapacity() {
        FakeClock clock = new FakeClock();
        TokenBucket bucket = new TokenBucket(300, 300, clock, new RecordingSleeper(clock));
        for (int i = 0; i < 300; i++) {
            assertTrue(bucket.tryAcquire());
        }
        assertFalse(bucket.tryAcquire());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(5, bucket.available());

        clock.advance(Duration.ofHours(1));
        assertEquals(300, bucket.available());
    }

    @Test
    void theClientKeepsToItsRequestBudget() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(2)), b -> b.rateLimit(60, 2))) {
            for (int i = 0; i < 4; i++) {
                t.client.get("/api/v2/routing/queues", Map.of());
            }

            // token + 4 GETs = 5 requests: 2 from the burst, then one per second
            assertEquals(5, t.client.requests());
            assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)), t.sleeper.sleeps());
        }
    }

    @Test
    void theDefaultBudgetIsThreeHundredPerMinuteWithABurstOfThreeHundred() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(1)))) {
            assertEquals("TokenBucket[300/min, capacity 300]", t.client.budget().toString());
            assertEquals(300, t.client.budget().available());
        }
    }

    @Test
    void pagesAreFetchedConcurrentlyButNeverBeyondTheLimit() {
        List<OrgObject> codes = TestOrgs.many("genesyscloud_routing_wrapupcode", "ACDWRAPUPCODE", "Code", 1000, Map.of());
        OrgEmulator emulator = new OrgEmulator(TestOrgs.of(codes, List.of())).latency(Duration.ofMillis(60));
        try (ApiTestSupport t = new ApiTestSupport(emulator, b -> b.concurrency(3))) {
            assertEquals(1000, t.client.listAll("/api/v2/routing/wrapupcodes", Map.of()).size());

            assertEquals(11, t.client.requests());
            assertTrue(t.emulator.maxInFlight() <= 3, "in flight: " + t.emulator.maxInFlight());
            assertTrue(t.emulator.maxInFlight() >= 2, "pages 2–10 should overlap: " + t.emulator.maxInFlight());
        }
    }

    @Test
    void aConcurrencyOfOneSerialisesEveryRequest() {
        List<OrgObject> codes = TestOrgs.many("genesyscloud_routing_wrapupcode", "ACDWRAPUPCODE", "Code", 500, Map.of());
        OrgEmulator emulator = new OrgEmulator(TestOrgs.of(codes, List.of())).latency(Duration.ofMillis(20));
        try (ApiTestSupport t = new ApiTestSupport(emulator, b -> b.concurrency(1))) {
            assertEquals(500, t.client.listAll("/api/v2/routing/wrapupcodes", Map.of()).size());
            assertEquals(1, t.emulator.maxInFlight());
        }
    }
}
