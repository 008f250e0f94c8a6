package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.config.ConfigLoader;
import io.cxgate.config.EnvironmentContext;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.emulator.TestOrgs;
import io.cxgate.genesys.source.LiveOrgSource;
import io.cxgate.genesys.source.OrgConnection;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.livecopy.EditsSinceDeployment;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.RecordStore;
import io.cxgate.rollback.LiveEditsSince;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.TerraformWorkspace;
import io.cxgate.testing.TestStores;

/**
 * {@code cxgate rollback} names the objects edited in the org since the deployments it undoes
 * ({@link LiveEditsSince}): dev has {@code simulation: live} against the org emulator, A and B are applied (both
 * update the Sales queue, its wrap-up code, a schedule group and a data action), an admin then edits Sales in the
 * org, and the rollback of B warns that it overwrites that edit, and only that one.
 */
class RollbackEditsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String QUEUE = LiveCopiesApplyTest.QUEUE;
    private static final String NIGHT_SHIFT = "c0ffee00-user-night-shift";
    private static final String UNDOES = "Rollback: this plan restores the configuration of dev-0001 (commit aaaaaaa)"
            + " and undoes dev-0002";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void rollingBackBNamesTheQueueEditedInTheOrgSinceAndNothingElse(TestStores kind) throws Exception {
        try (OrgEmulator org = devOrg()) {
            GateFixture gate = deployAAndB(kind, live(org));
            // the next morning an admin raises Sales' after-call work to 60 s in the Admin UI
            org.edit(sales(60000L, "2026-11-27T08:15:00Z", NIGHT_SHIFT));

            Path out = tmp.resolve("bundles/rollback");
            CliRun rollback = gate.run("rollback", "--deployment", "dev-0002", "--config",
                    gate.workspace().config().toString(), "--out", out.toString());
            assertEquals(0, rollback.exitCode(), rollback.err());
            String edited = "Rollback also overwrites objects edited in the org since dev-0001:"
                    + " module.queues.genesyscloud_routing_queue.sales (edited: acwSettings.timeoutMs by"
                    + " c0ffee00-user-night-shift at 2026-11-27T08:15:00Z, since dev-0002)";
            JsonNode report = MAPPER.readTree(out.resolve("report.json").toFile());
            assertEquals(List.of(UNDOES, edited), texts(report.path("warnings")));
            assertTrue(rollback.out().contains("  ! " + edited + "\n"), rollback.out());
            assertTrue(Files.readString(out.resolve("report.md")).contains(edited));
            // B also updated the wrap-up code, the schedule group and the data action: nobody edited them since
            List<String> warned = rollback.out().lines().filter(l -> l.startsWith("  ! ")).toList();
            assertEquals(2, warned.size(), rollback.out());
            for (String untouched : List.of("genesyscloud_routing_wrapupcode", "schedulegroups", "lookup_customer")) {
                assertTrue(rollback.out().contains(untouched), "B changed " + untouched);
                assertFalse(warned.toString().contains(untouched), untouched + " named:\n" + rollback.out());
            }
            for (String canary : List.of(LiveCopiesApplyTest.BEARER_CANARY, TerraformWorkspace.DEV_CLIENT_SECRET)) {
                assertFalse(rollback.out().contains(canary) || rollback.err().contains(canary), canary + " leaked");
                assertFalse(Files.readString(out.resolve("report.json")).contains(canary), canary + " in report");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void withoutOrgAccessNoEditedObjectIsNamedAndTheOrgIsNotAsked(TestStores kind) throws Exception {
        try (OrgEmulator org = devOrg()) {
            // A and B applied with org access, so their copies are stored; then dev loses it
            GateFixture gate = deployAAndB(kind, live(org));
            gate.withDev("", "simulation: none\n    apiBaseUrl: \"" + org.baseUrl() + "\"");
            org.edit(sales(60000L, "2026-11-27T08:15:00Z", NIGHT_SHIFT));
            int requests = org.requests();

            Path out = tmp.resolve("bundles/rollback");
            CliRun rollback = gate.run("rollback", "--deployment", "dev-0002", "--config",
                    gate.workspace().config().toString(), "--out", out.toString());
            assertEquals(0, rollback.exitCode(), rollback.err());
            assertEquals(List.of(UNDOES), texts(MAPPER.readTree(out.resolve("report.json").toFile()).path("warnings")));
            assertFalse(rollback.out().contains("edited in the org"), rollback.out());
            assertEquals(requests, org.requests(), "no org access: nothing read from the org");
        }
    }

    @Test
    void anObjectIsJudgedByTheNewestDeploymentThatChangedIt() throws Exception {
        try (OrgEmulator org = devOrg()) {
            GateFixture gate = deployAAndB(TestStores.SQLITE, live(org));
            // C updates Sales too: its apply leaves the queue at 45 s (the emulator plays the org after it)
            org.edit(sales(45000L, "2026-11-26T17:00:00Z", "deploy-bot"));
            gate.workspace().write("modules/queues/main.tf", "# module queues, C: acw 45s\n");
            assertEquals(0, gate.apply(gate.plan("dev")).exitCode());                      // dev-0003: C

            EnvironmentContext dev = EnvironmentContext.resolve(
                    Optional.of(ConfigLoader.load(gate.workspace().config())), "dev", gate.environment());
            try (RecordStore store = gate.store()) {
                Entry a = started(store, "dev-0001");
                List<Entry> later = List.of(started(store, "dev-0002"), started(store, "dev-0003"));
                // B's own copy of Sales differs from the org now, but C changed Sales after B: not an edit
                try (OrgConnection connection = OrgConnection.live(dev, Optional.empty())) {
                    assertEquals(List.of(QUEUE), new EditsSinceDeployment(dev.redactor())
                            .find(store, "dev-0002", (LiveOrgSource) connection.source()).edited().stream()
                            .map(e -> e.address()).toList());
                }
                assertEquals(List.of(), new LiveEditsSince(Optional.empty()).find(dev, store, a, later).objects());

                // an edit after C is named, against C
                org.edit(sales(90000L, "2026-11-28T09:30:00Z", NIGHT_SHIFT));
                assertEquals(List.of(QUEUE + " (edited: acwSettings.timeoutMs by c0ffee00-user-night-shift at"
                        + " 2026-11-28T09:30:00Z, since dev-0003)"),
                        new LiveEditsSince(Optional.empty()).find(dev, store, a, later).objects());
            }
        }
    }

    /** dev's org before A: Sales, its wrap-up code, a schedule group and a data action. */
    private static OrgEmulator devOrg() {
        return new OrgEmulator(TestOrgs.of(LiveCopiesApplyTest.orgBefore(), List.of()),
                TerraformWorkspace.DEV_CLIENT_ID, TerraformWorkspace.DEV_CLIENT_SECRET);
    }

    private static String live(OrgEmulator org) {
        return "simulation: live\n    apiBaseUrl: \"" + org.baseUrl() + "\"";
    }

    /** dev with {@code devSettings}; A then B applied there (dev-0001, dev-0002), both updating Sales. */
    private GateFixture deployAAndB(TestStores kind, String devSettings) {
        GateFixture gate = new GateFixture(tmp, kind);
        gate.set("GITHUB_SHA", "aaaaaaa1d0ae598e95dc970b74767f19372d61af");
        gate.withDev("maskPatterns: [\"(?i)bearer\\\\s+\\\\S+\"]", devSettings);
        gate.workspace().write("modules/queues/main.tf", "# module queues, A: acw 30s\n");
        CliRun a = gate.apply(gate.plan("dev"));
        assertEquals(0, a.exitCode(), a.err());
        gate.workspace().write("modules/queues/main.tf", "# module queues, B: acw 30s, new description\n");
        gate.set("GITHUB_SHA", "bbbbbbb2d0ae598e95dc970b74767f19372d61af");
        CliRun b = gate.apply(gate.plan("dev"));
        assertEquals(0, b.exitCode(), b.err());
        return gate;
    }

    /** The Sales queue of {@link LiveCopiesApplyTest#orgBefore()} with another after-call timeout. */
    private static OrgObject sales(long acwTimeoutMs, String modifiedAt, String modifiedBy) {
        OrgObject before = LiveCopiesApplyTest.orgBefore().stream()
                .filter(o -> o.id().equals(LiveCopiesApplyTest.QUEUE_ID)).findFirst().orElseThrow();
        Map<String, Object> attributes = new java.util.HashMap<>(before.attributes());
        attributes.put("acwTimeoutMs", acwTimeoutMs);
        return new OrgObject(before.id(), before.name(), before.resourceType(), before.apiType(), before.division(),
                attributes, Instant.parse(modifiedAt), modifiedBy);
    }

    private static Entry started(RecordStore store, String id) {
        return store.entries(EntryQuery.all().id(id).kind(EntryKind.APPLY_STARTED)).get(0);
    }

    private static List<String> texts(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(JsonNode::asText).toList();
    }
}
