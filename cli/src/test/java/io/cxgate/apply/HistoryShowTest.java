package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.identity.Identity;
import io.cxgate.record.EntryKind;
import io.cxgate.record.Holder;
import io.cxgate.record.LockResult;
import io.cxgate.record.NewEntry;
import io.cxgate.record.RecordStore;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.RecordingTerraform;
import io.cxgate.testing.TerraformWorkspace;
import io.cxgate.testing.TestStores;

/** {@code cxgate history} and {@code cxgate show} over deployments made by the real apply, on both stores. */
class HistoryShowTest {
    private static final String STATE_CANARY = "CANARY-STATE-SECRET-7d21";
    private static final String TFVARS_CANARY = "CANARY-TFVARS-SECRET-c93e";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void historyListsSucceededFailedInterruptedAndRunningNewestFirst(TestStores kind) throws Exception {
        GateFixture gate = gateWithCanaries(kind);
        assertEquals(0, gate.apply(gate.plan("dev")).exitCode());                       // dev-0001
        gate.workspace().write("queues.tf", "# B: a second queue change\n");
        assertEquals(0, gate.apply(gate.plan("dev")).exitCode());                       // dev-0002
        gate.terraform().on("apply", """
                need_init
                echo 'Error: queue name "Sales" already exists' >&2
                exit 1
                """).install();
        CliRun failed = gate.apply(gate.plan("dev"));                                    // dev-0003
        assertEquals(1, failed.exitCode(), failed.err());
        String interrupted;
        try (RecordStore store = gate.store()) {                                        // dev-0004: the process died
            interrupted = store.append(NewEntry.of(EntryKind.APPLY_STARTED, "dev", new Identity("erin", "os-user"),
                    started("sha256:" + "1".repeat(64)))).id();
        }

        CliRun history = gate.run("history", "--config", gate.workspace().config().toString(), "--format", "json");
        assertEquals(0, history.exitCode(), history.err());
        JsonNode deployments = MAPPER.readTree(history.out()).path("deployments");
        assertEquals(List.of("dev-0004", "dev-0003", "dev-0002", "dev-0001"), ids(deployments));
        assertEquals(List.of("interrupted", "failed", "succeeded", "succeeded"), texts(deployments, "result"));
        JsonNode newest = deployments.path(3);
        assertEquals("dev", newest.path("environment").asText());
        assertEquals("dana", newest.path("plannedBy").asText());
        assertEquals("dana", newest.path("appliedBy").asText());
        assertTrue(newest.path("artifactDigest").asText().matches("sha256:[0-9a-f]{64}"));
        assertTrue(newest.path("finishedAt").isTextual() && newest.path("startedAt").isTextual());
        assertTrue(newest.path("rollbackOf").isNull());
        assertTrue(deployments.path(0).path("finishedAt").isNull());
        assertEquals("dev-0004", interrupted);

        try (RecordStore store = gate.store()) {                                        // its lock is live again
            assertTrue(store.tryLock("dev", Holder.current("erin"), "sha256:" + "1".repeat(64))
                    instanceof LockResult.Acquired);
        }
        CliRun running = gate.run("history", "--config", gate.workspace().config().toString(), "--env", "dev",
                "--limit", "2", "--format", "json");
        assertEquals(List.of("running", "failed"),
                texts(MAPPER.readTree(running.out()).path("deployments"), "result"));

        CliRun text = gate.run("history", "--config", gate.workspace().config().toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().lines().allMatch(l -> l.length() <= 100), text.out());
        assertTrue(text.out().lines().skip(1).findFirst().orElseThrow().startsWith("dev-0004   running"), text.out());
        CliRun markdown = gate.run("history", "--config", gate.workspace().config().toString(), "--format", "markdown");
        assertTrue(markdown.out().contains("| dev-0003 | failed |"), markdown.out());
        noCanary(history, running, text, markdown);
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void showPrintsTheRedactedReportApprovalsDigestsChainAndError(TestStores kind) throws Exception {
        GateFixture gate = gateWithCanaries(kind);
        assertEquals(0, gate.apply(gate.plan("dev")).exitCode());
        gate.terraform().on("apply", """
                need_init
                echo 'Error: queue name "Sales" already exists' >&2
                exit 1
                """).install();
        assertEquals(1, gate.apply(gate.plan("dev")).exitCode());

        String config = gate.workspace().config().toString();
        CliRun text = gate.run("show", "dev-0002", "--config", config, "--objects");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("Deployment dev-0002 (dev): failed\n"), text.out());
        assertTrue(text.out().contains("Terraform error: Error: queue name \"Sales\" already exists"), text.out());
        assertTrue(text.out().matches("(?s).*Chain: entry 3 sha256:[0-9a-f]{64}, finished entry 4 sha256:[0-9a-f]{64}"
                + " \\(head is entry 4\\).*"), text.out());
        assertTrue(text.out().contains("No live copies were stored"), text.out());

        CliRun json = gate.run("show", "dev-0001", "--config", config, "--format", "json");
        JsonNode shown = MAPPER.readTree(json.out());
        assertEquals("succeeded", shown.path("deployment").path("result").asText());
        assertEquals(1, shown.path("chain").path("started").path("seq").asLong());
        assertEquals(2, shown.path("chain").path("finished").path("seq").asLong());
        assertEquals("dev", shown.path("report").path("environment").asText());
        assertTrue(shown.path("digests").path("planDigest").asText().startsWith("sha256:"));
        assertTrue(shown.path("timings").path("durationMs").isNumber());
        assertFalse(shown.has("objects"));
        CliRun markdown = gate.run("show", "dev-0001", "--config", config, "--format", "markdown");
        assertTrue(markdown.out().startsWith("## Deployment dev-0001 (dev): succeeded"), markdown.out());

        CliRun missing = gate.run("show", "dev-0099", "--config", config);
        assertEquals(2, missing.exitCode());
        assertTrue(missing.lastErrLine().endsWith("has no deployment 'dev-0099' (cxgate history lists them)"),
                missing.err());
        noCanary(text, json, markdown);
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void driftListsDriftCheckEntriesByKind(TestStores kind) throws Exception {
        GateFixture gate = gateWithCanaries(kind);
        try (RecordStore store = gate.store()) {
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("drifted", 1);
            body.putArray("addresses").add("genesyscloud_routing_queue.sales");
            store.append(NewEntry.of(EntryKind.DRIFT_CHECK, "prod", new Identity("ci", "ci"), body));
        }
        CliRun json = gate.run("history", "--drift", "--config", gate.workspace().config().toString(), "--format",
                "json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode check = MAPPER.readTree(json.out()).path("driftChecks").path(0);
        assertEquals("drift-check-1", check.path("id").asText());
        assertEquals("prod", check.path("environment").asText());
        assertEquals(1, check.path("drifted").asLong());
        assertEquals("genesyscloud_routing_queue.sales", check.path("addresses").path(0).asText());
        CliRun bad = gate.run("history", "--limit", "0", "--config", gate.workspace().config().toString());
        assertEquals(2, bad.exitCode());
        assertEquals("cxgate: --limit: 0 is not a positive number", bad.lastErrLine());
    }

    private GateFixture gateWithCanaries(TestStores kind) {
        GateFixture gate = new GateFixture(tmp, kind);
        gate.workspace().write("envs/dev.tfvars", "crm_password = \"" + TFVARS_CANARY + "\"\nqueue_prefix = \"DEV \"\n");
        gate.writeState("dev", """
                {"version": 4, "terraform_version": "1.9.8", "serial": 42,
                 "lineage": "3f0e2b0c-6d1a-4c55-9d0b-6f7c2f1e8a90", "outputs": {},
                 "resources": [{"mode": "managed", "type": "genesyscloud_integration_credential", "name": "crm",
                   "instances": [{"attributes": {"fields": {"password": "%s"}}}]}]}
                """.formatted(STATE_CANARY));
        return gate;
    }

    private static ObjectNode started(String bundleDigest) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("bundleDigest", bundleDigest);
        body.put("artifactDigest", "sha256:" + "2".repeat(64));
        body.putObject("plannedBy").put("identity", "erin").put("source", "os-user");
        body.putObject("summary").put("update", 1);
        body.putArray("approvals");
        return body;
    }

    private static void noCanary(CliRun... runs) {
        for (CliRun run : runs) {
            for (String canary : List.of(STATE_CANARY, TFVARS_CANARY, RecordingTerraform.DIFF_CANARY,
                    TerraformWorkspace.DEV_CLIENT_SECRET, "dev-crm-password")) {
                assertFalse(run.out().contains(canary) || run.err().contains(canary), canary + " leaked");
            }
        }
    }

    private static List<String> ids(JsonNode list) {
        return texts(list, "id");
    }

    private static List<String> texts(JsonNode list, String field) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(n -> n.path(field).asText())
                .toList();
    }
}
