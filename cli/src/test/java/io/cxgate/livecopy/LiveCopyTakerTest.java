package io.cxgate.livecopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.livecopy.LiveCopies.Moment;
import io.cxgate.livecopy.LiveCopy.State;
import io.cxgate.plan.ObjectRedaction;
import io.cxgate.plan.ResourceChange;
import io.cxgate.redact.Redactor;
import io.cxgate.testing.Plans;

/** {@link LiveCopyTaker}, {@link ObjectRedaction} and {@link EditsSinceDeployment#compare} against the emulator. */
class LiveCopyTakerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T21:02:40Z"), ZoneOffset.UTC);
    private static final String SALES = "00000000-0000-4000-8000-000000000001";
    private static final String OLD = "00000000-0000-4000-8000-000000000002";
    private static final String NEW = "00000000-0000-4000-8000-000000000003";
    private static final String CODE = "00000000-0000-4000-8000-000000000004";

    @TempDir
    Path tmp;

    @Test
    void oneListingPerTypeARefusedTypeLeavesItsCopiesUnlistedAndTheOthersAreTaken() {
        try (OrgEmulator org = new OrgEmulator(TestOrgs.of(List.of(queue(SALES, "Sales", "Sales line"),
                queue(OLD, "Old Sales", "retired"), code()), List.of()))
                .denyPermission("/api/v2/routing/wrapupcodes", "routing:wrapupCode:view");
             PlatformApiClient client = client(org)) {
            LiveCopies copies = new LiveCopyTaker(Redactor.none(), CLOCK)
                    .take(changes(), new LiveOrgSource(client, "us-east-1"), Moment.BEFORE);
            assertEquals(1, org.requests("/api/v2/routing/queues"), "the queues are listed once for three changes");
            assertEquals(Map.of(
                    "genesyscloud_routing_queue.sales", State.PRESENT,
                    "genesyscloud_routing_queue.old", State.PRESENT,
                    "genesyscloud_routing_queue.fresh", State.ABSENT,
                    "genesyscloud_routing_wrapupcode.code", State.NOT_LISTED,
                    "genesyscloud_integration_credential.crm", State.NOT_LISTED), states(copies));
            assertTrue(copies.copy("genesyscloud_routing_wrapupcode.code").orElseThrow().reason().orElseThrow()
                    .contains("routing:wrapupCode:view"), copies.toJson().toString());
            assertEquals(Optional.of("cxgate has no live listing for genesyscloud_integration_credential"),
                    copies.copy("genesyscloud_integration_credential.crm").orElseThrow().reason());
            assertEquals("Sales line", copies.copy("genesyscloud_routing_queue.sales").orElseThrow().object()
                    .orElseThrow().path("description").asText());
            assertEquals(Instant.parse("2026-11-26T21:02:40Z"), copies.takenAt());
            LiveCopies again = LiveCopies.parse(copies.toBytes(), "test");
            assertEquals(copies.toJson(), again.toJson());
        }
    }

    @Test
    void afterTheApplyCreatedObjectsAreFoundByNameAndDeletedOnesAreAbsent() {
        try (OrgEmulator org = new OrgEmulator(TestOrgs.of(List.of(queue(SALES, "Sales", "Sales line"),
                queue(NEW, "Fresh", "new")), List.of()));
             PlatformApiClient client = client(org)) {
            LiveCopies copies = new LiveCopyTaker(Redactor.none(), CLOCK).take(changes().subList(0, 3),
                    new LiveOrgSource(client, "us-east-1"), Moment.AFTER);
            assertEquals(Map.of("genesyscloud_routing_queue.sales", State.PRESENT,
                    "genesyscloud_routing_queue.old", State.ABSENT,
                    "genesyscloud_routing_queue.fresh", State.PRESENT), states(copies));
            assertEquals(Optional.of(NEW), copies.copy("genesyscloud_routing_queue.fresh").orElseThrow().id());
        }
    }

    @Test
    void secretsByNameAtAnyDepthAndMaskedTextAreRedactedButFlagsStay() throws Exception {
        JsonNode entity = MAPPER.readTree("""
                {"id": "a1", "name": "Lookup", "clientSecret": "CANARY-1",
                 "config": {"request": {"requestUrlTemplate": "https://crm.example/api?key=CANARY-2",
                                        "headers": {"Authorization": "Basic CANARY-3", "Accept": "json"}},
                            "credentials": [{"token": "CANARY-4"}]},
                 "exposeClientSecret": true, "notes": "call with Bearer CANARY-5 please"}
                """);
        JsonNode redacted = ObjectRedaction.redact(entity, Redactor.ofPatterns(List.of("(?i)bearer\\s+\\S+",
                "key=\\S+"), "test"));
        assertEquals(MAPPER.readTree("""
                {"id": "a1", "name": "Lookup", "clientSecret": "(sensitive)",
                 "config": {"request": {"requestUrlTemplate": "https://crm.example/api?(sensitive)",
                                        "headers": "(sensitive)"},
                            "credentials": "(sensitive)"},
                 "exposeClientSecret": true, "notes": "call with (sensitive) please"}
                """), redacted);
        assertTrue(entity.path("clientSecret").asText().equals("CANARY-1"), "the argument is not changed");
    }

    @Test
    void compareLeavesOutFieldsThatMoveWithoutAnEdit() throws Exception {
        JsonNode stored = MAPPER.readTree("{\"id\": \"" + SALES + "\", \"name\": \"Sales\", \"joinedMemberCount\": 3,"
                + " \"acwSettings\": {\"timeoutMs\": 30000}}");
        LiveCopy copy = new LiveCopy("genesyscloud_routing_queue.sales", "genesyscloud_routing_queue", "update",
                Optional.of(SALES), State.PRESENT, Optional.of(stored), Optional.empty());
        LiveCopies after = new LiveCopies(Moment.AFTER, CLOCK.instant(), 2, List.of(copy));
        try (OrgEmulator org = new OrgEmulator(TestOrgs.of(List.of(queue(SALES, "Sales", null)), List.of()));
             PlatformApiClient client = client(org)) {
            // the emulator's entity has other fields than the stored one: all of them show as changed
            EditsSinceDeployment.Result result = new EditsSinceDeployment(Redactor.none())
                    .compare("dev-0001", after, new LiveOrgSource(client, "us-east-1"));
            EditedObject edited = result.edited().get(0);
            assertTrue(edited.paths().contains("acwSettings.timeoutMs"), edited.paths().toString());
            assertTrue(!edited.paths().contains("joinedMemberCount") && !edited.paths().contains("selfUri"),
                    edited.paths().toString());
        }
    }

    private List<ResourceChange> changes() {
        String q = "genesyscloud_routing_queue";
        return Plans.inline(tmp, String.join(",",
                Plans.change(q, "sales", "[\"update\"]", "{\"id\":\"" + SALES + "\",\"name\":\"Sales\"}",
                        "{\"id\":\"" + SALES + "\",\"name\":\"Sales\",\"description\":\"x\"}"),
                Plans.change(q, "old", "[\"delete\"]", "{\"id\":\"" + OLD + "\",\"name\":\"Old Sales\"}", "null"),
                Plans.change(q, "fresh", "[\"create\"]", "null", "{\"name\":\"Fresh\"}"),
                Plans.change("genesyscloud_routing_wrapupcode", "code", "[\"update\"]",
                        "{\"id\":\"" + CODE + "\",\"name\":\"Escalated\"}", "{\"id\":\"" + CODE + "\",\"name\":\"E2\"}"),
                Plans.change("genesyscloud_integration_credential", "crm", "[\"update\"]",
                        "{\"id\":\"c1\",\"name\":\"CRM\"}", "{\"id\":\"c1\",\"name\":\"CRM 2\"}")))
                .changes().stream().filter(ResourceChange::isReported).toList();
    }

    private static Map<String, State> states(LiveCopies copies) {
        Map<String, State> out = new java.util.HashMap<>();
        copies.copies().forEach(c -> out.put(c.address(), c.state()));
        return out;
    }

    private static PlatformApiClient client(OrgEmulator org) {
        return PlatformApiClient.builder(org.credentials()).apiBaseUrl(org.baseUrl()).build();
    }

    private static OrgObject queue(String id, String name, String description) {
        return new OrgObject(id, name, "genesyscloud_routing_queue", "QUEUE", null,
                description == null ? Map.of() : Map.of("description", description), null, null);
    }

    private static OrgObject code() {
        return new OrgObject(CODE, "Escalated", "genesyscloud_routing_wrapupcode", "ACDWRAPUPCODE", null, Map.of(),
                null, null);
    }
}
