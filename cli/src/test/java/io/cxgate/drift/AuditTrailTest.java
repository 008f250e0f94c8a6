package io.cxgate.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.emulator.AuditQueryEndpoint;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;

/** The audit query's asynchronous flow against the emulator: polling, paging, failure, slowness, permission. */
class AuditTrailTest {
    private static final Instant SINCE = Instant.parse("2026-11-07T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final String QUEUE = "6f1f6d0e-0000-4000-8000-000000000001";

    private final AuditQueryEndpoint audits = new AuditQueryEndpoint();
    private final List<Duration> slept = new ArrayList<>();
    private OrgEmulator emulator;
    private PlatformApiClient client;
    private MovingClock clock;

    /** A clock the trail's sleeps move forward, so timeouts happen without waiting. */
    private static final class MovingClock extends Clock {
        private Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void setUp() {
        emulator = new OrgEmulator(TestOrgs.sample()).serve(audits);
        client = PlatformApiClient.builder(emulator.credentials()).apiBaseUrl(emulator.baseUrl()).sleeper(d -> { })
                .build();
        clock = new MovingClock();
    }

    @AfterEach
    void tearDown() {
        client.close();
        emulator.close();
    }

    private AuditTrail trail() {
        return new AuditTrail(client, d -> {
            slept.add(d);
            clock.now = clock.now.plus(d);
        }, clock, Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    @Test
    void oneTransactionIsPolledUntilItSucceedsAndItsResultsArePagedByCursor() {
        audits.pollsToFinish(3);
        for (int i = 0; i < 520; i++) {
            audits.message("Routing", "Queue", "other-" + i, "Other " + i, "Update", NOW.minusSeconds(60 + i),
                    "someone@example.com", null);
        }
        audits.message("Routing", "Queue", QUEUE, "Sales", "Update", Instant.parse("2026-12-06T22:14:00Z"),
                "dana@example.com", "Genesys Cloud Web");
        audits.message("Routing", "Queue", QUEUE, "Sales", "Update", Instant.parse("2026-11-01T10:00:00Z"),
                "before-the-interval@example.com", null);

        AuditLookup lookup = trail().query("Routing", Set.of("Queue"), Set.of(QUEUE), SINCE, NOW);

        AuditLookup.Events events = assertInstanceOf(AuditLookup.Events.class, lookup);
        assertEquals(1, events.events().size(), "only the object asked about, only inside the interval");
        AuditEvent event = events.events().get(0);
        assertEquals(Instant.parse("2026-12-06T22:14:00Z"), event.eventDate());
        assertEquals("by dana@example.com in the UI (Genesys Cloud Admin UI)", event.who());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), slept,
                "polls back off: 1 s, 2 s, 4 s");
        JsonNode query = audits.queries().get(0);
        assertEquals("2026-11-07T00:00:00Z/2026-12-07T03:00:00Z", query.path("interval").asText());
        assertEquals("Routing", query.path("serviceName").asText());
        assertEquals("EntityType", query.path("filters").get(0).path("property").asText());
        assertEquals("Queue", query.path("filters").get(0).path("value").asText());
        assertEquals(2, emulator.requests("/api/v2/audits/query/tx-523/results"), "522 messages, pages of 500");
        assertEquals(3, emulator.requests("/api/v2/audits/query/tx-523"));
    }

    @Test
    void aChangeThroughAnOAuthClientAloneNamesTheClient() {
        audits.pollsToFinish(1).message("Architect", "Flow", "flow-1", "Main IVR", "Publish",
                Instant.parse("2026-12-01T08:00:00Z"), null, "Nightly sync");

        AuditLookup.Events events = assertInstanceOf(AuditLookup.Events.class,
                trail().query("Architect", Set.of("Flow", "Schedule"), Set.of("flow-1"), SINCE, NOW));

        assertEquals("by OAuth client Nightly sync (API, client credentials)", events.events().get(0).who());
        assertTrue(audits.queries().get(0).path("filters").isMissingNode(),
                "two entity types of one service: one query, filtered here, not one per type");
    }

    @Test
    void aFailedTransactionIsAValueNamingIt() {
        audits.failing("Routing");

        AuditLookup.Unavailable u = assertInstanceOf(AuditLookup.Unavailable.class,
                trail().query("Routing", Set.of("Queue"), Set.of(QUEUE), SINCE, NOW));

        assertEquals(AuditLookup.Reason.FAILED, u.reason());
        assertEquals("the audit query for Routing failed (transaction tx-1 Failed)", u.note());
    }

    @Test
    void aTransactionThatNeverFinishesTimesOutWithoutWaitingForIt() {
        audits.slow("Routing");

        AuditLookup.Unavailable u = assertInstanceOf(AuditLookup.Unavailable.class,
                trail().query("Routing", Set.of("Queue"), Set.of(QUEUE), SINCE, NOW));

        assertEquals(AuditLookup.Reason.TIMED_OUT, u.reason());
        assertEquals("the audit query for Routing did not finish in time (transaction tx-1 still Running after 60 s)",
                u.note());
        assertTrue(slept.stream().allMatch(d -> d.compareTo(Duration.ofSeconds(8)) <= 0), "polls at most 8 s apart");
    }

    @Test
    void aMissingPermissionIsAValueNotAFailure() {
        emulator.denyPermission("/api/v2/audits", "audits:audit:view");

        AuditLookup.Unavailable u = assertInstanceOf(AuditLookup.Unavailable.class,
                trail().query("Routing", Set.of("Queue"), Set.of(QUEUE), SINCE, NOW));

        assertEquals(AuditLookup.Reason.NOT_PERMITTED, u.reason());
        assertTrue(u.note().contains("audits:audit:view"), u.note());
    }
}
