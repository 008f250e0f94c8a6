package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.apply.internal.TarGzReader;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.RecordStore;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.RecordingTerraform;
import io.cxgate.testing.TerraformWorkspace;
import io.cxgate.testing.TestStores;

/**
 * {@code cxgate rollback} end to end with the stand-in terraform on both stores: deploy A, then B, roll B back (the
 * plan is made from A's archived configuration while the checkout has moved on), apply the rollback bundle through
 * the gate, and read the three deployments back from history; secrets stay out of every output.
 */
class RollbackFlowTest {
    private static final String STATE_CANARY = "CANARY-STATE-SECRET-51f0";
    private static final String TFVARS_CANARY = "CANARY-TFVARS-SECRET-2b8d";
    private static final String COMMIT_A = "aaaaaaa1d0ae598e95dc970b74767f19372d61af";
    private static final String COMMIT_B = "bbbbbbb2d0ae598e95dc970b74767f19372d61af";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void rollingBackBPlansAsArchivedConfigurationAndAppliesThroughTheGate(TestStores kind) throws Exception {
        GateFixture gate = gateWithCanaries(kind);
        TerraformWorkspace ws = gate.workspace();
        String config = ws.config().toString();
        String flowA = Files.readString(ws.path("flows/inbound_main.yaml"));
        gate.set("GITHUB_SHA", COMMIT_A);
        Path bundleA = gate.plan("dev");
        assertEquals(0, gate.apply(bundleA).exitCode());                                  // dev-0001: A
        ws.write("flows/inbound_main.yaml", flowA + "# B: the new greeting\n");
        ws.write("modules/queues/main.tf", "# module queues, B: acw 60s\n");
        gate.set("GITHUB_SHA", COMMIT_B);
        Path bundleB = gate.plan("dev");
        assertEquals(0, gate.apply(bundleB).exitCode());                                  // dev-0002: B
        JsonNode a = bundleJson(bundleA);
        assertNotEquals(a.path("artifactDigest"), bundleJson(bundleB).path("artifactDigest"));

        // the checkout moves on: A's flow file is gone, the module and the tfvars say something else
        Files.delete(ws.path("flows/inbound_main.yaml"));
        ws.write("modules/queues/main.tf", "# module queues, C: not deployed\n");
        ws.write("envs/dev.tfvars", "crm_password = \"today\"\nqueue_prefix = \"TODAY \"\n");
        gate.set("GITHUB_SHA", "ccccccc3d0ae598e95dc970b74767f19372d61af");
        gate.terraform().forgetCalls();

        Path out = tmp.resolve("bundles/rollback");
        CliRun rollback = gate.run("rollback", "--deployment", "dev-0002", "--config", config, "--out", out.toString());
        assertEquals(0, rollback.exitCode(), rollback.err());
        assertTrue(rollback.err().contains("cxgate: rollback of dev-0002 restores the configuration of dev-0001"
                + " (commit aaaaaaa); it undoes dev-0002"), rollback.err());

        JsonNode bundle = bundleJson(out);
        assertEquals("dev-0002", bundle.path("rollbackOf").asText());
        assertEquals("dev-0001", bundle.path("restoresDeployment").asText());
        assertEquals(COMMIT_A, bundle.path("gitCommit").asText());
        assertEquals(a.path("artifactDigest"), bundle.path("artifactDigest"), "A's configuration, promoted as A was");
        assertEquals(a.path("inputsDigest"), bundle.path("inputsDigest"), "A's var files and backend config");
        assertEquals(44, bundle.path("stateSerial").asLong(), "planned against today's state (after A and B)");
        JsonNode report = MAPPER.readTree(out.resolve("report.json").toFile());
        assertEquals(List.of("Rollback: this plan restores the configuration of dev-0001 (commit aaaaaaa) and undoes"
                + " dev-0002"), texts(report.path("warnings")));
        assertTrue(Files.readString(out.resolve("report.md")).contains("undoes dev-0002"));

        // the same terraform sequence as plan, in the unpacked archive, with dev's own data directory
        List<String> phases = new ArrayList<>();
        for (int n = 1; n <= gate.terraform().calls(); n++) {
            List<String> argv = gate.terraform().argv(n);
            phases.add(argv.get(0));
            Map<String, String> env = gate.terraform().env(n);
            assertEquals(ws.dir().resolve(".cxgate/terraform/dev").toString(), env.get("TF_DATA_DIR"));
            assertFalse(env.get("PWD").startsWith(ws.dir().toString()), "terraform ran in the checkout: " + env.get("PWD"));
            argv.stream().filter(arg -> arg.startsWith("-var-file=") || arg.startsWith("-backend-config="))
                    .forEach(arg -> assertTrue(arg.startsWith("-var-file=" + env.get("PWD"))
                            || arg.startsWith("-backend-config=" + env.get("PWD")), arg));
        }
        assertEquals(List.of("init", "workspace", "plan", "state", "show", "version"), phases);
        assertFalse(Files.exists(Path.of(gate.terraform().env(1).get("PWD"))), "the scratch copy is deleted");

        gate.terraform().forgetCalls();
        CliRun applied = gate.apply(out);                                                  // dev-0003: the rollback
        assertEquals(0, applied.exitCode(), applied.err());
        assertTrue(applied.err().contains("dev-0003"), applied.err());
        for (int n = 1; n <= gate.terraform().calls(); n++) {     // checked and applied in A's unpacked files
            assertFalse(gate.terraform().env(n).get("PWD").startsWith(ws.dir().toString()),
                    gate.terraform().argv(n) + " ran in the checkout");
        }
        assertTrue(gate.terraform().allArgv().stream().anyMatch(argv -> argv.get(0).equals("apply")));

        CliRun history = gate.run("history", "--config", config, "--env", "dev", "--format", "json");
        JsonNode deployments = MAPPER.readTree(history.out()).path("deployments");
        assertEquals(List.of("dev-0003", "dev-0002", "dev-0001"), texts(deployments, "id"));
        assertEquals(List.of("succeeded", "succeeded", "succeeded"), texts(deployments, "result"));
        assertEquals("dev-0002", deployments.path(0).path("rollbackOf").asText());
        assertTrue(deployments.path(1).path("rollbackOf").isNull());
        assertEquals(COMMIT_A, deployments.path(0).path("gitCommit").asText());
        try (RecordStore store = gate.store()) {
            Entry started = store.entries(EntryQuery.all().id("dev-0003").kind(EntryKind.APPLY_STARTED)).get(0);
            Entry first = store.entries(EntryQuery.all().id("dev-0001").kind(EntryKind.APPLY_STARTED)).get(0);
            assertEquals("dev-0001", started.bodyText("restoresDeployment").orElseThrow());
            assertEquals(files(store, first), files(store, started),
                    "the rollback applied exactly A's configuration and inputs, so it archived the same files");
        }
        CliRun text = gate.run("history", "--config", config);
        assertTrue(text.out().contains("dev-0003"), text.out());
        CliRun show = gate.run("show", "dev-0003", "--config", config);
        assertTrue(show.out().contains("\nRollback of dev-0002: restored the configuration of dev-0001\n"), show.out());

        List<CliRun> outputs = new ArrayList<>(List.of(rollback, applied, history, text, show));
        for (String format : List.of("json", "markdown", "junit", "sarif")) {
            CliRun again = gate.run("rollback", "--deployment", "dev-0002", "--config", config, "--format", format,
                    "--out", tmp.resolve("bundles/again-" + format).toString());
            assertEquals(0, again.exitCode(), again.err());
            outputs.add(again);
        }
        noCanary(outputs, out);
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void theFirstDeploymentAndUnknownOnesCannotBeRolledBack(TestStores kind) throws Exception {
        GateFixture gate = gateWithCanaries(kind);
        String config = gate.workspace().config().toString();
        assertEquals(0, gate.apply(gate.plan("dev")).exitCode());                          // dev-0001
        Path out = tmp.resolve("bundles/none");

        CliRun first = gate.run("rollback", "--deployment", "dev-0001", "--config", config, "--out", out.toString());
        assertEquals(2, first.exitCode(), first.err());
        assertEquals("cxgate: dev-0001 has no succeeded deployment before it in dev, so there is no earlier"
                + " configuration to roll back to (it is the first deployment there)", first.lastErrLine());
        CliRun unknown = gate.run("rollback", "--deployment", "dev-0099", "--config", config, "--out", out.toString());
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.lastErrLine().endsWith("has no deployment 'dev-0099' (cxgate history lists them)"),
                unknown.err());
        assertFalse(Files.exists(out), "nothing half-written");
        assertEquals(1, first.err().lines().count(), first.err());

        gate.terraform().on("apply", """
                need_init
                echo 'Error: queue name "Sales" already exists' >&2
                exit 1
                """).install();
        assertEquals(1, gate.apply(gate.plan("dev")).exitCode());                          // dev-0002 failed
        CliRun afterFailed = gate.run("rollback", "--deployment", "dev-0002", "--config", config,
                "--out", out.toString());
        assertEquals(0, afterFailed.exitCode(), afterFailed.err());
        assertTrue(afterFailed.err().contains("restores the configuration of dev-0001"), afterFailed.err());
        assertTrue(afterFailed.err().contains("it undoes dev-0002 (failed)"), afterFailed.err());
        CliRun badFormat = gate.run("rollback", "--deployment", "dev-0002", "--config", config, "--format", "yaml");
        assertEquals(2, badFormat.exitCode());
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aProductionRollbackNeedsOperationsOnceAndIsNotHeldByTheDeploymentWindow(TestStores kind) throws Exception {
        GateFixture gate = new GateFixture(tmp, kind);
        TerraformWorkspace ws = gate.workspace();
        String config = ws.config().toString();
        Files.delete(ws.path("policies/release.yaml"));           // the default bundle's release rules instead
        ws.copy(io.cxgate.testing.Fixtures.repo("policies/release-hygiene.yaml"), "policies/release-hygiene.yaml");
        String never = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).getDayOfWeek()
                .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        gate.writeConfig("deploymentWindows: [\"" + never + " 00:00-00:01\"]");   // closed all of today

        Path prodB = null;
        for (String release : List.of("A", "B")) {
            ws.write("modules/queues/main.tf", "# module queues, release " + release + "\n");
            assertEquals(0, gate.apply(gate.plan("dev")).exitCode());
            assertEquals(0, gate.apply(gate.plan("uat")).exitCode());
            prodB = gate.plan("prod");
            assertEquals(0, gate.approve(prodB, "alice").exitCode());
            CliRun applied = gate.apply(prodB);
            assertEquals(0, applied.exitCode(), applied.err());
        }
        assertEquals(java.util.Set.of("outside-deployment-window", "unchecked-protected-release"), fired(prodB));

        Path out = tmp.resolve("bundles/prod-rollback");
        CliRun rollback = gate.run("rollback", "--deployment", "prod-0002", "--config", config, "--out", out.toString(),
                "--format", "json");
        assertEquals(3, rollback.exitCode(), rollback.err());
        assertEquals(java.util.Set.of("rollback-protected", "unchecked-protected-release"), fired(out));
        JsonNode required = MAPPER.readTree(rollback.out()).path("decision").path("requiredApprovals");
        assertEquals("[{\"group\":\"cc-operations\",\"count\":1}]", required.toString());

        assertEquals(3, gate.apply(out).exitCode(), "a rollback is still gated");
        assertEquals(0, gate.approve(out, "bob").exitCode());
        CliRun applied = gate.apply(out);                // outside the window, promotion met by A's applies to uat
        assertEquals(0, applied.exitCode(), applied.err());
        JsonNode newest = MAPPER.readTree(gate.run("history", "--config", config, "--env", "prod", "--format", "json")
                .out()).path("deployments").path(0);
        assertEquals("prod-0003", newest.path("id").asText());
        assertEquals("prod-0002", newest.path("rollbackOf").asText());
        assertEquals("bob", newest.path("approvals").path(0).path("identity").asText());
    }

    private static java.util.Set<String> fired(Path bundle) throws Exception {
        java.util.Set<String> rules = new java.util.TreeSet<>();
        MAPPER.readTree(bundle.resolve("report.json").toFile()).path("policies")
                .forEach(p -> rules.add(p.path("rule").asText()));
        return rules;
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

    /** The files of a deployment's configuration archive, contents as text. */
    private static Map<String, String> files(RecordStore store, Entry started) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        TarGzReader.read(store.blob(started.blobs().get("configurationArchive")).orElseThrow())
                .forEach((name, bytes) -> files.put(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(files.containsKey("flows/inbound_main.yaml") && files.containsKey("envs/dev.tfvars"), files.keySet().toString());
        return files;
    }

    static JsonNode bundleJson(Path bundle) throws Exception {
        return MAPPER.readTree(bundle.resolve("bundle.json").toFile());
    }

    /** No canary in any output, nor in the bundle's rendered files. */
    private static void noCanary(List<CliRun> runs, Path bundle) throws Exception {
        List<String> texts = new ArrayList<>();
        runs.forEach(r -> {
            texts.add(r.out());
            texts.add(r.err());
        });
        for (String file : List.of("bundle.json", "report.json", "report.md")) {
            texts.add(Files.readString(bundle.resolve(file)));
        }
        for (String canary : List.of(STATE_CANARY, TFVARS_CANARY, RecordingTerraform.DIFF_CANARY,
                TerraformWorkspace.DEV_CLIENT_SECRET, "dev-crm-password")) {
            for (String text : texts) {
                assertFalse(text.contains(canary), canary + " leaked:\n" + text);
            }
        }
    }

    private static List<String> texts(JsonNode list) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> texts(JsonNode list, String field) {
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(n -> n.path(field).asText())
                .toList();
    }
}
