package io.cxgate.genesys.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cxgate.CxgateException;
import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;

class LiveOrgSourceTest {
    private final OrgSnapshot sample = TestOrgs.sample();
    private OrgEmulator emulator;
    private PlatformApiClient client;
    private LiveOrgSource live;

    @BeforeEach
    void start() {
        emulator = new OrgEmulator(sample);
        client = PlatformApiClient.builder(emulator.credentials()).apiBaseUrl(emulator.baseUrl())
                .sleeper(d -> { }).build();
        live = new LiveOrgSource(client, "us-east-1");
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    private static List<OrgObject> sorted(List<OrgObject> objects) {
        return objects.stream().sorted(Comparator.comparing(OrgObject::id)).toList();
    }

    private List<OrgObject> sampleOf(String type) {
        return sorted(sample.objects().stream().filter(o -> o.resourceType().equals(type)).toList());
    }

    @Test
    void everyTypeOfTheSampleOrgReadsBackWithItsKeyAttributes() {
        assertEquals(Set.copyOf(sample.types()), live.resourceTypes());
        for (String type : sample.types()) {
            // memberIds is the snapshot's record of the per-queue member listing, not part of the queue entity
            assertEquals(sampleOf(type).stream().map(LiveOrgSourceTest::withoutMembers).toList(),
                    sorted(live.objects(type)), type);
        }
    }

    @Test
    void aQueuesMembersAreListedPerQueueWithTheUsersIds() {
        assertEquals(java.util.Optional.of(List.of("33340ca9-182e-5b18-b1a6-d196a9566d07",
                "4f2ae26e-bb7c-59d2-ad26-bf7f3f3b3df9")), live.queueMembers("64644e0f-d85c-5523-855a-e1f3502c2e4c"));
        assertEquals(java.util.Optional.of(List.of()), live.queueMembers("fcd07b47-ef5a-5aa2-be92-6633333267fd"));
    }

    private static OrgObject withoutMembers(OrgObject o) {
        java.util.Map<String, Object> attributes = new java.util.LinkedHashMap<>(o.attributes());
        attributes.remove("memberIds");
        attributes.remove("wrapupCodeIds"); // likewise the per-queue wrap-up code listing
        return o.withAttributes(attributes);
    }

    @Test
    void aUsersRoutingSkillsComeFromTheExpandedListing() {
        OrgObject alice = live.byName("genesyscloud_user", "Alice Agent").get(0);
        assertEquals(2, alice.texts("routingSkills").size());
        assertTrue(emulator.requestTargets().contains(
                "GET /api/v2/users?expand=skills%2Clanguages&state=active&pageSize=500&pageNumber=1"),
                emulator.requestTargets().toString());
    }

    @Test
    void inactiveUsersAreListedInASecondPass() {
        List<OrgObject> users = live.objects("genesyscloud_user");
        assertEquals(3, users.size());
        assertEquals("inactive", live.byName("genesyscloud_user", "Carol Former").get(0).text("state"));
        assertEquals(2, emulator.requests("/api/v2/users"));
    }

    @Test
    void eachTypeIsListedOnceAndThenServedFromTheCache() {
        live.objects("genesyscloud_routing_queue");
        int after = live.requests();
        live.objects("genesyscloud_routing_queue");
        live.byId("genesyscloud_routing_queue", "nope");
        assertEquals(after, live.requests());
        assertEquals(2, after, "one token request and one page");
    }

    @Test
    void emailRoutesAreListedPerDomainReusingTheDomainListing() {
        live.objects("genesyscloud_routing_email_domain");
        List<OrgObject> routes = live.objects("genesyscloud_routing_email_route");

        assertEquals(List.of("help@example.mypurecloud.com", "support@example.mypurecloud.com"),
                routes.stream().map(OrgObject::name).sorted().toList());
        assertEquals(1, emulator.requests("/api/v2/routing/email/domains"));
        assertEquals(1, emulator.requests("/api/v2/routing/email/domains/example.mypurecloud.com/routes"));
    }

    @Test
    void listingEveryTypeTakesOneTokenAndOneRequestPerPage() {
        for (String type : live.resourceTypes()) {
            live.objects(type);
        }
        // 18 single-page listings, users twice (active, inactive), routes once for the one domain, one token;
        // issue 15 item 4: messenger deployments, message recipients, emergency groups, call-analysis response
        // sets and process-automation triggers, one page each; the DID listing (item 6); contact lists and data
        // tables (item 10); the outbound wrap-up code mappings, one object (item 5)
        assertEquals(1 + 18 + 2 + 1 + 5 + 1 + 2 + 1, live.requests());
        assertEquals(live.requests(), emulator.requests());
    }

    @Test
    void theFlowsUsingAQueueComeFromDependencyTracking() {
        OrgObject support = live.byName("genesyscloud_routing_queue", "Support").get(0);

        List<Dependency> consumers = live.consumersOf(support.id(), "QUEUE");

        assertEquals(List.of("Closed Hours", "Main IVR", "Support Email"),
                consumers.stream().map(Dependency::consumerName).sorted().toList());
        assertEquals(Set.of("INBOUNDCALLFLOW", "INBOUNDEMAILFLOW"),
                Set.copyOf(consumers.stream().map(Dependency::consumerType).toList()));
        int requests = live.requests();
        live.consumersOf(support.id(), "QUEUE");
        assertEquals(requests, live.requests(), "cached");
    }

    @Test
    void flowsAreTypedByTheirDependencyTrackingObjectType() {
        assertEquals(Map.of("Closed Hours", "INBOUNDCALLFLOW", "Default In-Queue", "INQUEUECALLFLOW",
                "Draft workflow", "WORKFLOW", "Main IVR", "INBOUNDCALLFLOW", "Support Email", "INBOUNDEMAILFLOW"),
                Map.copyOf(live.objects("genesyscloud_flow").stream()
                        .collect(java.util.stream.Collectors.toMap(OrgObject::name, OrgObject::apiType))));
    }

    @Test
    void anUnknownResourceTypeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> live.objects("genesyscloud_routing_sms_address"));
        assertTrue(e.getMessage().startsWith("no live listing for resource type genesyscloud_routing_sms_address"));
    }

    @Test
    void aFailedListingNamesTheTypeAndIsNotCached() {
        emulator.denyPermission("/api/v2/architect/ivrs", "architect:ivr:view");
        CxgateException e = assertThrows(CxgateException.class, () -> live.objects("genesyscloud_architect_ivr"));
        assertEquals("list genesyscloud_architect_ivr: GET /api/v2/architect/ivrs: 403 missing.permissions: Unable to"
                + " perform the requested action. You are missing the following permission(s): [architect:ivr:view]",
                e.getMessage());
        assertThrows(CxgateException.class, () -> live.objects("genesyscloud_architect_ivr"));
        assertEquals(2, emulator.requests("/api/v2/architect/ivrs"));
    }

    @Test
    void theSourceIsLive() {
        assertEquals("live", live.sourceName());
        assertTrue(live.tracksDependencies());
    }
}
