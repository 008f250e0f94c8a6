package io.cxgate.genesys.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.CxgateException;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.Dependency;
import io.cxgate.genesys.source.OrgObject;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

class PagingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> names(List<JsonNode> entities) {
        return entities.stream().map(e -> e.get("name").asText()).toList();
    }

    private static List<String> expectedNames(String prefix, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(String.format("%s %04d", prefix, i));
        }
        return out;
    }

    @Test
    void twelveHundredAndThreeQueuesTakeThreePagesOfFiveHundredAndOneTokenRequest() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(1203)))) {
            List<JsonNode> queues = t.client.listAll("/api/v2/routing/queues", Map.of());

            assertEquals(expectedNames("Queue", 1203), names(queues));
            assertEquals(4, t.client.requests());
            assertEquals(3, t.emulator.requests("/api/v2/routing/queues"));
            assertEquals(1, t.emulator.requests("/oauth/token"));
            assertTrue(t.emulator.requestTargets().contains("GET /api/v2/routing/queues?pageSize=500&pageNumber=3"),
                    t.emulator.requestTargets().toString());
        }
    }

    @Test
    void anExactMultipleOfThePageSizeNeedsNoExtraRequest() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(1000)))) {
            assertEquals(1000, t.client.listAll("/api/v2/routing/queues", Map.of()).size());
            assertEquals(3, t.client.requests());
        }
    }

    @Test
    void anEmptyListingIsOneRequest() {
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.queues(0)))) {
            assertEquals(List.of(), t.client.listAll("/api/v2/routing/queues", Map.of()));
            assertEquals(2, t.client.requests());
        }
    }

    @Test
    void otherListingsPageAtOneHundred() {
        List<OrgObject> codes = TestOrgs.many("genesyscloud_routing_wrapupcode", "ACDWRAPUPCODE", "Code", 250, Map.of());
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.of(codes, List.of())))) {
            assertEquals(expectedNames("Code", 250), names(t.client.listAll("/api/v2/routing/wrapupcodes", Map.of())));

            assertEquals(3, t.emulator.requests("/api/v2/routing/wrapupcodes"));
            assertTrue(t.emulator.requestTargets().contains("GET /api/v2/routing/wrapupcodes?pageSize=100&pageNumber=3"));
        }
    }

    @Test
    void skillGroupsAreReadByCursorOneAfterTheOther() {
        List<OrgObject> groups = TestOrgs.many("genesyscloud_routing_skill_group", "SKILLGROUP", "Group", 250, Map.of());
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.of(groups, List.of())))) {
            List<JsonNode> all = t.client.listAllCursor("/api/v2/routing/skillgroups", Map.of());

            assertEquals(expectedNames("Group", 250), names(all));
            assertEquals(3, t.emulator.requests("/api/v2/routing/skillgroups"));
            assertEquals(4, t.client.requests());
            long withCursor = t.emulator.requestTargets().stream().filter(r -> r.contains("after=")).count();
            assertEquals(2, withCursor);
        }
    }

    @Test
    void searchResultsArePagedByPageNumber() {
        List<OrgObject> users = TestOrgs.many("genesyscloud_user", "USER", "User", 230,
                Map.of("state", "active"));
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.of(users, List.of())))) {
            ObjectNode search = JSON.createObjectNode();
            search.putArray("query").addObject().put("type", "EXACT").put("value", "active").putArray("fields").add("state");

            List<JsonNode> results = t.client.searchAll("/api/v2/users/search", search);

            assertEquals(expectedNames("User", 230), names(results));
            assertEquals(3, t.emulator.requests("/api/v2/users/search"));
            assertEquals(4, t.client.requests());
        }
    }

    @Test
    void dependencyTrackingIsPaged() {
        List<OrgObject> flows = TestOrgs.many("genesyscloud_flow", "INBOUNDCALLFLOW", "Flow", 150,
                Map.of("flowType", "INBOUNDCALL", "publishedVersionId", "1.0"));
        OrgObject queue = TestOrgs.many("genesyscloud_routing_queue", "QUEUE", "Queue", 1, Map.of()).get(0);
        List<Dependency> edges = flows.stream()
                .map(f -> new Dependency(f.id(), f.name(), "INBOUNDCALLFLOW", queue.id(), "QUEUE")).toList();
        List<OrgObject> objects = new ArrayList<>(flows);
        objects.add(queue);
        try (ApiTestSupport t = new ApiTestSupport(new OrgEmulator(TestOrgs.of(objects, edges)))) {
            List<JsonNode> consumers = t.client.consumingResources(queue.id(), "QUEUE");

            assertEquals(150, consumers.size());
            assertEquals(2, t.emulator.requests(PlatformApiClient.CONSUMING_RESOURCES));
            assertEquals(3, t.client.requests());
        }
    }

    @Test
    void aListingWithoutPageCountIsFollowedThroughNextUriOnTheApiHostOnly() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(json("{\"access_token\":\"t0k3n-abcdef\",\"token_type\":\"bearer\",\"expires_in\":86400}"));
            server.enqueue(json("{\"entities\":[{\"id\":\"1\"}],"
                    + "\"nextUri\":\"https://evil.example/api/v2/integrations?pageSize=100&nextPage=xyz\"}"));
            server.enqueue(json("{\"entities\":[{\"id\":\"2\"}],\"nextUri\":null}"));
            server.start();
            String base = server.url("/gateway").toString();
            try (PlatformApiClient client = PlatformApiClient.builder(new ApiCredentials("id", "secret", Region.US_EAST_1))
                    .apiBaseUrl(base).build()) {
                List<JsonNode> all = client.listAll("/api/v2/integrations", Map.of());

                assertEquals(List.of("1", "2"), all.stream().map(e -> e.get("id").asText()).toList());
                assertEquals("/gateway/oauth/token", server.takeRequest().getUrl().encodedPath());
                assertEquals("/gateway/api/v2/integrations?pageSize=100&pageNumber=1", server.takeRequest().getTarget());
                assertEquals("/gateway/api/v2/integrations?pageSize=100&nextPage=xyz", server.takeRequest().getTarget());
                assertEquals(3, client.requests());
            }
        }
    }

    @Test
    void aResponseWithoutAnEntitiesArrayIsAClearError() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(json("{\"access_token\":\"t0k3n-abcdef\",\"expires_in\":86400}"));
            server.enqueue(json("{\"entities\":{\"oops\":true}}"));
            server.start();
            try (PlatformApiClient client = PlatformApiClient.builder(new ApiCredentials("id", "secret", Region.US_EAST_1))
                    .apiBaseUrl(server.url("/").toString()).build()) {
                CxgateException e = assertThrows(CxgateException.class,
                        () -> client.listAll("/api/v2/routing/skills", Map.of()));
                assertEquals("GET /api/v2/routing/skills: the response's entities is not an array", e.getMessage());
            }
        }
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }
}
