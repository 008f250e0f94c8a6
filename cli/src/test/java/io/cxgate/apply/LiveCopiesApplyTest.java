package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.genesys.api.ApiCredentials;
import io.cxgate.genesys.api.PlatformApiClient;
import io.cxgate.genesys.api.Region;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.livecopy.EditedObject;
import io.cxgate.livecopy.EditsSinceDeployment;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.RecordStore;
import io.cxgate.record.VerifyResult;
import io.cxgate.redact.Redactor;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.TerraformWorkspace;
import io.cxgate.testing.TestStores;

/**
 * {@code apply} stores redacted live copies of the objects its plan touches (one listing per type, against the org
 * emulator), {@code show --objects} prints them in every format, and {@link EditsSinceDeployment} names the objects
 * edited in the org since, on both stores.
 */
class LiveCopiesApplyTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String BEARER_CANARY = "CANARY-BEARER-5f1e";
    static final String QUEUE = "module.queues.genesyscloud_routing_queue.sales";
    static final String CODE = "module.queues.genesyscloud_routing_wrapupcode.code[\"escalated\"]";
    static final String QUEUE_ID = "33072461-3e77-4076-9ec3-03391e18c48b";
    private static final String CODE_ID = "6833bb3b-c5f5-4f07-99ac-4ae35bd8c3dc";
    private static final String GROUP_ID = "109f8e49-ee55-4ade-ac55-9042a10ce1ca";
    private static final String ACTION_ID = "5d5ef14e-bc86-410d-8872-debed1cdfc38";

    /** What the org held before dev-0001, as the plan's objects (examples/plans/release.json) and their ids. */
    private static final String EXPECTED_BEFORE = """
            {
              "module.architect.genesyscloud_architect_schedulegroups.customer_care": {
                "address": "module.architect.genesyscloud_architect_schedulegroups.customer_care",
                "type": "genesyscloud_architect_schedulegroups", "action": "update",
                "id": "109f8e49-ee55-4ade-ac55-9042a10ce1ca", "state": "present",
                "object": {"id": "109f8e49-ee55-4ade-ac55-9042a10ce1ca", "name": "Customer Care Hours",
                           "timeZone": "Europe/London",
                           "selfUri": "/api/v2/architect/schedulegroups/109f8e49-ee55-4ade-ac55-9042a10ce1ca"}},
              "module.flows.genesyscloud_flow.inbound_main": {
                "address": "module.flows.genesyscloud_flow.inbound_main", "type": "genesyscloud_flow",
                "action": "update", "id": "6916ce55-7f61-4009-9db3-ba1ee9a2680a", "state": "missing", "object": null,
                "reason": "the org has no genesyscloud_flow with id 6916ce55-7f61-4009-9db3-ba1ee9a2680a"},
              "module.integrations.genesyscloud_integration_action.lookup_customer": {
                "address": "module.integrations.genesyscloud_integration_action.lookup_customer",
                "type": "genesyscloud_integration_action", "action": "update",
                "id": "5d5ef14e-bc86-410d-8872-debed1cdfc38", "state": "present",
                "object": {"id": "5d5ef14e-bc86-410d-8872-debed1cdfc38", "name": "CRM - Lookup Customer",
                           "category": "CRM", "integrationId": "d42f7cc6-a80e-4c4b-b8b8-7fd8e281cce6", "secure": true,
                           "selfUri": "/api/v2/integrations/actions/5d5ef14e-bc86-410d-8872-debed1cdfc38"}},
              "module.queues.genesyscloud_routing_queue.billing_disputes": {
                "address": "module.queues.genesyscloud_routing_queue.billing_disputes",
                "type": "genesyscloud_routing_queue", "action": "create", "id": null, "state": "absent",
                "object": null},
              "module.queues.genesyscloud_routing_queue.sales": {
                "address": "module.queues.genesyscloud_routing_queue.sales", "type": "genesyscloud_routing_queue",
                "action": "update", "id": "33072461-3e77-4076-9ec3-03391e18c48b", "state": "present",
                "object": {"id": "33072461-3e77-4076-9ec3-03391e18c48b", "name": "Sales",
                           "dateModified": "2026-11-20T10:00:00Z", "modifiedBy": "8f1c2d3e-user-ops",
                           "description": "Sales line; escalate with (sensitive)", "memberCount": 12,
                           "skillEvaluationMethod": "BEST", "userMemberCount": "12",
                           "acwSettings": {"wrapupPrompt": "MANDATORY_TIMEOUT", "timeoutMs": 30000},
                           "mediaSettings": {"call": {"alertingTimeoutSeconds": 8,
                                                      "serviceLevel": {"percentage": 0.8, "durationMs": 20000}},
                                             "callback": {"mode": "AgentFirst"}},
                           "selfUri": "/api/v2/routing/queues/33072461-3e77-4076-9ec3-03391e18c48b"}},
              "module.queues.genesyscloud_routing_wrapupcode.code[\\"dispute_logged\\"]": {
                "address": "module.queues.genesyscloud_routing_wrapupcode.code[\\"dispute_logged\\"]",
                "type": "genesyscloud_routing_wrapupcode", "action": "create", "id": null, "state": "absent",
                "object": null},
              "module.queues.genesyscloud_routing_wrapupcode.code[\\"escalated\\"]": {
                "address": "module.queues.genesyscloud_routing_wrapupcode.code[\\"escalated\\"]",
                "type": "genesyscloud_routing_wrapupcode", "action": "update",
                "id": "6833bb3b-c5f5-4f07-99ac-4ae35bd8c3dc", "state": "present",
                "object": {"id": "6833bb3b-c5f5-4f07-99ac-4ae35bd8c3dc", "name": "Escalated",
                           "description": "client secret (sensitive) pasted by mistake",
                           "selfUri": "/api/v2/routing/wrapupcodes/6833bb3b-c5f5-4f07-99ac-4ae35bd8c3dc"}},
              "module.skills.genesyscloud_routing_skill.skill[\\"billing_disputes\\"]": {
                "address": "module.skills.genesyscloud_routing_skill.skill[\\"billing_disputes\\"]",
                "type": "genesyscloud_routing_skill", "action": "create", "id": null, "state": "absent",
                "object": null}
            }
            """;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void applyStoresRedactedCopiesAndShowPrintsThemInEveryFormat(TestStores kind) throws Exception {
        try (OrgEmulator org = new OrgEmulator(TestOrgs.of(orgBefore(), List.of()), TerraformWorkspace.DEV_CLIENT_ID,
                TerraformWorkspace.DEV_CLIENT_SECRET)) {
            GateFixture gate = liveDev(kind, org);
            CliRun applied = gate.apply(gate.plan("dev"));
            assertEquals(0, applied.exitCode(), applied.err());
            assertTrue(applied.err().contains("cxgate: live copies before the apply: 4 of 8 touched objects ("),
                    applied.err());
            // one listing per touched type that has something to find (the skill is only created: not listed)
            for (String path : List.of("/api/v2/routing/queues", "/api/v2/routing/wrapupcodes", "/api/v2/flows",
                    "/api/v2/architect/schedulegroups", "/api/v2/integrations/actions")) {
                assertTrue(org.requestTargets().stream().anyMatch(t -> t.startsWith("GET " + path + "?")), path);
            }
            // the copies read no object by itself (the live check's reads of a queue's members and wrap-up codes
            // are sub-resources, not the queue)
            assertFalse(org.requestTargets().stream().anyMatch(t -> t.matches("GET /api/v2/routing/queues/"
                    + QUEUE_ID + "(\\?.*)?")), org.requestTargets().toString());

            try (RecordStore store = gate.store()) {
                Entry started = store.entries(EntryQuery.all().kind(EntryKind.APPLY_STARTED)).get(0);
                JsonNode summary = started.body().path("liveCopies");
                assertEquals(MAPPER.readTree("{\"taken\": true, \"objects\": 8, \"present\": 4, \"requests\": "
                        + summary.path("requests").asInt() + "}"), summary);
                byte[] blob = store.blob(started.blobs().get("liveCopies")).orElseThrow();
                String stored = new String(blob, StandardCharsets.UTF_8);
                for (String canary : List.of(BEARER_CANARY, TerraformWorkspace.DEV_CLIENT_SECRET)) {
                    assertFalse(stored.contains(canary), canary + " stored");
                }
                Entry finished = store.entries(EntryQuery.all().kind(EntryKind.APPLY_FINISHED)).get(0);
                assertTrue(finished.blobs().containsKey("liveCopiesAfter"), finished.body().toString());
                assertEquals(true, finished.body().path("liveCopiesAfter").path("taken").asBoolean());
                assertTrue(store.verify(Optional.empty()) instanceof VerifyResult.Intact);
            }

            String config = gate.workspace().config().toString();
            CliRun json = gate.run("show", "dev-0001", "--objects", "--config", config, "--format", "json");
            assertEquals(0, json.exitCode(), json.err());
            assertEquals(MAPPER.readTree(EXPECTED_BEFORE), MAPPER.readTree(json.out()).path("objects"));

            CliRun text = gate.run("show", "dev-0001", "--objects", "--config", config);
            assertEquals(0, text.exitCode(), text.err());
            assertTrue(text.out().contains("Objects before the deployment (redacted live copies)\n"), text.out());
            assertTrue(text.out().contains(QUEUE + " (present, id " + QUEUE_ID + "):\n  {\n    \"id\" : \""
                    + QUEUE_ID + "\",\n    \"name\" : \"Sales\","), text.out());
            assertTrue(text.out().contains("\"description\" : \"Sales line; escalate with (sensitive)\""), text.out());
            assertTrue(text.out().contains("module.flows.genesyscloud_flow.inbound_main (missing, id 6916ce55-7f61-4009"
                    + "-9db3-ba1ee9a2680a: the org has no genesyscloud_flow with id 6916ce55-7f61-4009-9db3-ba1ee9a2680a)"),
                    text.out());
            assertTrue(text.out().contains("module.queues.genesyscloud_routing_queue.billing_disputes (absent)\n"),
                    text.out());

            CliRun markdown = gate.run("show", "dev-0001", "--objects", "--config", config, "--format", "markdown");
            assertEquals(0, markdown.exitCode(), markdown.err());
            assertTrue(markdown.out().contains("## Objects before the deployment (redacted live copies)\n"
                    ), markdown.out());
            assertTrue(markdown.out().contains("### `" + CODE + "` (present, id " + CODE_ID + ")\n```json\n{\n"),
                    markdown.out());

            CliRun without = gate.run("show", "dev-0001", "--config", config, "--format", "json");
            assertFalse(MAPPER.readTree(without.out()).has("objects"));
            for (CliRun run : List.of(applied, json, text, markdown)) {
                for (String canary : List.of(BEARER_CANARY, TerraformWorkspace.DEV_CLIENT_SECRET)) {
                    assertFalse(run.out().contains(canary) || run.err().contains(canary), canary + " leaked");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void editsSinceTheDeploymentNameTheObjectsChangedOrDeletedInTheOrgAfterIt(TestStores kind) throws Exception {
        GateFixture gate;
        try (OrgEmulator org = new OrgEmulator(TestOrgs.of(orgBefore(), List.of()), TerraformWorkspace.DEV_CLIENT_ID,
                TerraformWorkspace.DEV_CLIENT_SECRET)) {
            gate = liveDev(kind, org);
            assertEquals(0, gate.apply(gate.plan("dev")).exitCode());
        }
        // the next morning: someone edited Sales in the Admin UI and deleted the wrap-up code
        List<OrgObject> now = orgBefore().stream()
                .filter(o -> !o.id().equals(CODE_ID))
                .map(o -> o.id().equals(QUEUE_ID) ? new OrgObject(o.id(), o.name(), o.resourceType(), o.apiType(),
                        null, Map.of("description", "Sales line (hours extended)", "memberCount", 12L,
                        "skillEvaluationMethod", "BEST", "acwWrapupPrompt", "MANDATORY_TIMEOUT", "acwTimeoutMs", 30000L),
                        Instant.parse("2026-11-27T08:15:00Z"), "c0ffee00-user-night-shift") : o)
                .toList();
        Redactor redactor = Redactor.ofPatterns(List.of("(?i)bearer\\s+\\S+"), "test")
                .withLiterals(List.of(TerraformWorkspace.DEV_CLIENT_SECRET));
        try (OrgEmulator current = new OrgEmulator(TestOrgs.of(now, List.of()), TerraformWorkspace.DEV_CLIENT_ID,
                TerraformWorkspace.DEV_CLIENT_SECRET);
             PlatformApiClient client = PlatformApiClient.builder(new ApiCredentials(TerraformWorkspace.DEV_CLIENT_ID,
                     TerraformWorkspace.DEV_CLIENT_SECRET, Region.US_EAST_1)).apiBaseUrl(current.baseUrl()).build();
             RecordStore store = gate.store()) {
            EditsSinceDeployment.Result result = new EditsSinceDeployment(redactor)
                    .find(store, "dev-0001", new LiveOrgSource(client, "us-east-1"));
            assertEquals(List.of(
                    new EditedObject(QUEUE, "genesyscloud_routing_queue", QUEUE_ID, EditedObject.Kind.EDITED,
                            List.of("dateModified", "description", "modifiedBy"),
                            Optional.of("c0ffee00-user-night-shift"), Optional.of("2026-11-27T08:15:00Z")),
                    new EditedObject(CODE, "genesyscloud_routing_wrapupcode", CODE_ID, EditedObject.Kind.DELETED,
                            List.of(), Optional.empty(), Optional.empty())),
                    result.edited().stream().sorted(java.util.Comparator.comparing(EditedObject::address)).toList());
            assertEquals(QUEUE + " (id " + QUEUE_ID + "): dateModified, description, modifiedBy changed in the org"
                    + " by c0ffee00-user-night-shift at 2026-11-27T08:15:00Z", result.edited().stream()
                    .filter(e -> e.address().equals(QUEUE)).findFirst().orElseThrow().describe());
            // created objects the static emulator never got: no copy after the apply, so not compared
            assertEquals(java.util.Set.of("module.flows.genesyscloud_flow.inbound_main",
                    "module.queues.genesyscloud_routing_queue.billing_disputes",
                    "module.queues.genesyscloud_routing_wrapupcode.code[\"dispute_logged\"]",
                    "module.skills.genesyscloud_routing_skill.skill[\"billing_disputes\"]"),
                    result.unchecked().keySet());
            assertTrue(result.baseline().isEmpty());
            assertFalse(result.clean());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void withoutOrgAccessTheApplyGoesOnAndRecordsThatNoCopiesWereTaken(TestStores kind) throws Exception {
        GateFixture gate = new GateFixture(tmp, kind);
        CliRun applied = gate.apply(gate.plan("dev"));
        assertEquals(0, applied.exitCode(), applied.err());
        try (RecordStore store = gate.store()) {
            Entry started = store.entries(EntryQuery.all().kind(EntryKind.APPLY_STARTED)).get(0);
            assertEquals(MAPPER.readTree("{\"taken\": false, \"reason\": \"environment dev has no org access"
                    + " (simulation is not live)\"}"), started.body().path("liveCopies"));
            assertFalse(started.blobs().containsKey("liveCopies"));
            Entry finished = store.entries(EntryQuery.all().kind(EntryKind.APPLY_FINISHED)).get(0);
            assertFalse(finished.blobs().containsKey("liveCopiesAfter"));
            EditsSinceDeployment.Result result = new EditsSinceDeployment(Redactor.none())
                    .find(store, "dev-0001", null);
            assertEquals(Optional.of("environment dev has no org access (simulation is not live)"), result.baseline());
        }
        String config = gate.workspace().config().toString();
        CliRun text = gate.run("show", "dev-0001", "--objects", "--config", config);
        assertTrue(text.out().contains("No live copies were stored: environment dev has no org access (simulation is"
                + " not live).\n"), text.out());
        CliRun json = gate.run("show", "dev-0001", "--objects", "--config", config, "--format", "json");
        JsonNode shown = MAPPER.readTree(json.out());
        assertEquals(0, shown.path("objects").size());
        assertEquals("environment dev has no org access (simulation is not live)",
                shown.path("objectsNotStored").asText());
    }

    private GateFixture liveDev(TestStores kind, OrgEmulator org) {
        GateFixture gate = new GateFixture(tmp, kind);
        gate.withDev("maskPatterns: [\"(?i)bearer\\\\s+\\\\S+\"]", "simulation: live\n    apiBaseUrl: \""
                + org.baseUrl() + "\"");
        return gate;
    }

    /** The dev org before the release: the objects release.json updates, but not its flow. */
    static List<OrgObject> orgBefore() {
        return List.of(
                new OrgObject(QUEUE_ID, "Sales", "genesyscloud_routing_queue", "QUEUE", null, Map.of(
                        "description", "Sales line; escalate with Bearer " + BEARER_CANARY, "memberCount", 12L,
                        "skillEvaluationMethod", "BEST", "acwWrapupPrompt", "MANDATORY_TIMEOUT", "acwTimeoutMs", 30000L),
                        Instant.parse("2026-11-20T10:00:00Z"), "8f1c2d3e-user-ops"),
                new OrgObject(CODE_ID, "Escalated", "genesyscloud_routing_wrapupcode", "ACDWRAPUPCODE", null,
                        Map.of("description", "client secret " + TerraformWorkspace.DEV_CLIENT_SECRET
                                + " pasted by mistake"), null, null),
                new OrgObject(GROUP_ID, "Customer Care Hours", "genesyscloud_architect_schedulegroups", "SCHEDULEGROUP",
                        null, Map.of("timeZone", "Europe/London"), null, null),
                new OrgObject(ACTION_ID, "CRM - Lookup Customer", "genesyscloud_integration_action", "DATAACTION", null,
                        Map.of("category", "CRM", "integrationId", "d42f7cc6-a80e-4c4b-b8b8-7fd8e281cce6", "secure", true),
                        null, null));
    }
}
