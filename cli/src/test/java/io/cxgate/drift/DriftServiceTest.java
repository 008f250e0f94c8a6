package io.cxgate.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.CxgateException;
import io.cxgate.check.SimulationChoice;
import io.cxgate.config.RecordsSettings;
import io.cxgate.genesys.ResourceCatalog;
import io.cxgate.genesys.emulator.AuditQueryEndpoint;
import io.cxgate.genesys.emulator.OrgEmulator;
import io.cxgate.genesys.source.OrgObject;
import io.cxgate.genesys.source.OrgSnapshot;
import io.cxgate.record.Backend;
import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.PostgresServer;
import io.cxgate.record.RecordStore;
import io.cxgate.record.NewEntry;
import io.cxgate.record.VerifyResult;
import io.cxgate.identity.Identity;
import io.cxgate.identity.IdentityRule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cxgate.simulate.Finding;
import io.cxgate.terraform.CommonsExecTerraformRunner;
import io.cxgate.testing.Fixtures;
import io.cxgate.testing.RecordingTerraform;
import io.cxgate.testing.TerraformWorkspace;

/** {@code cxgate drift} with the recording stand-in terraform, org snapshots, the emulator and both stores. */
class DriftServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final String QUEUE = "module.queues.genesyscloud_routing_queue.support";
    private static final String QUEUE_ID = "a1860308-6e5b-df9d-f88c-cc9f5a083fed";
    private static final Path GENESYS_DRIFT = Path.of("src/test/resources/drift/genesys-refresh-only.json");

    @TempDir
    Path tmp;

    private TerraformWorkspace ws;
    private final StringWriter stderr = new StringWriter();

    @BeforeEach
    void setUp() {
        ws = TerraformWorkspace.create(tmp);
    }

    private DriftService service() {
        return new DriftService(ws.environment(), binary -> new CommonsExecTerraformRunner(binary,
                new PrintWriter(stderr, true), Duration.ofSeconds(5), Duration.ofMillis(200)),
                Clock.fixed(NOW, ZoneOffset.UTC), ResourceCatalog.bundled(),
                client -> new AuditTrail(client, d -> { }, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(1),
                        Duration.ofSeconds(10)));
    }

    private DriftOutcome drift(Path shown, SimulationChoice simulation, Optional<String> apiBaseUrl) {
        ws.terraform().showing(shown).install();
        return service().drift(new DriftRequest("uat", Optional.of(ws.config()), ws.dir(), simulation, apiBaseUrl,
                Optional.of(io.cxgate.policy.ClockPin.of(NOW))));
    }

    private static OrgSnapshot org() {
        OrgObject support = new OrgObject(QUEUE_ID, "Customer Support", "genesyscloud_routing_queue", "QUEUE", null,
                Map.of("description", "Tier 1 (edited in the UI)"), Instant.parse("2026-12-06T22:14:00Z"), "u-dana");
        OrgObject copy = new OrgObject("c0c0c0c0-0000-4000-8000-000000000002", "Customer Support 2",
                "genesyscloud_routing_queue", "QUEUE", null, Map.of(), null, null);
        OrgObject billing = new OrgObject("b1b1b1b1-0000-4000-8000-000000000003", "Billing",
                "genesyscloud_routing_queue", "QUEUE", null, Map.of(), null, null);
        OrgObject dana = new OrgObject("u-dana", "Dana Ops", "genesyscloud_user", "USER", null,
                Map.of("email", "dana@example.com"), null, null);
        return new OrgSnapshot(OrgSnapshot.FORMAT_VERSION, NOW.minusSeconds(600), "us-east-1",
                List.of("genesyscloud_routing_queue", "genesyscloud_user"), List.of(support, copy, billing, dana),
                List.of());
    }

    private Path snapshot() {
        Path file = tmp.resolve("uat-org.json");
        org().write(file);
        return file;
    }

    private static Finding outOfBand(DriftOutcome outcome) {
        return outcome.report().findings().stream().filter(f -> f.code() == Finding.Code.OUT_OF_BAND_CHANGE)
                .findFirst().orElseThrow();
    }

    @Test
    void aRefreshOnlyPlanRunsThroughTheSharedRunnerAndItsDriftIsReportedAndRecorded() {
        DriftOutcome outcome = drift(GENESYS_DRIFT, SimulationChoice.snapshot(snapshot()), Optional.empty());

        RecordingTerraform tf = ws.terraform();
        assertEquals("init", tf.argv(1).get(0));
        List<String> plan = tf.argv(2);
        String planFile = plan.get(4).substring("-out=".length());
        assertEquals(List.of("plan", "-input=false", "-no-color", "-lock-timeout=2m", "-out=" + planFile, "-refresh-only",
                "-var-file=" + ws.path("envs/uat.tfvars")), plan);
        assertTrue(planFile.endsWith("drift.tfplan") && !planFile.startsWith(ws.dir().toString()),
                "the planfile is scratch, outside the checkout");
        assertEquals(List.of("show", "-json", planFile), tf.argv(3));
        assertFalse(Files.exists(Path.of(planFile)), "the scratch planfile is deleted");
        assertEquals(3, tf.calls(), "no state pull, no version: drift writes no bundle");
        assertEquals(TerraformWorkspace.UAT_CLIENT_SECRET, tf.env(2).get("GENESYSCLOUD_OAUTHCLIENT_SECRET"));
        assertFalse(tf.env(2).containsKey("GC_DEV_CLIENT_SECRET"), "another environment's secrets are scrubbed");

        assertTrue(outcome.drifted());
        assertEquals(List.of(QUEUE), outcome.report().drift().stream().map(c -> c.address()).toList());
        assertEquals(1, outcome.report().summary().drift());
        assertEquals(List.of("description"), outcome.report().drift().get(0).changedPaths());
        assertEquals("Queue \"Customer Support\" was changed outside Terraform by dana@example.com at"
                + " 2026-12-06T22:14Z: description", outOfBand(outcome).message(),
                "a snapshot gives modifiedBy/dateModified only");
        assertEquals(List.of("unmanaged look-alike: genesyscloud_routing_queue 'Customer Support 2'"
                        + " (c0c0c0c0-0000-4000-8000-000000000002) is not managed by Terraform but is named like"
                        + " managed 'Customer Support'"),
                outcome.report().warnings().stream().filter(w -> w.startsWith("unmanaged")).toList());

        Entry entry = outcome.entry();
        assertEquals(EntryKind.DRIFT_CHECK, entry.kind());
        assertEquals("uat", entry.environment());
        assertEquals("drift", entry.body().path("outcome").asText());
        assertEquals(1, entry.body().path("drift").asInt());
        assertEquals(QUEUE, entry.body().path("addresses").get(0).asText());
        assertEquals(1, entry.body().path("lookAlikes").asInt());
        assertEquals("snapshot", entry.body().path("simulation").asText());
        assertEquals("2026-11-07T03:00:00Z", entry.body().path("auditSince").asText(), "no apply yet: 30 days");
    }

    @Test
    void theRealTerraformRefreshOnlyFixtureReportsItsDrift() {
        DriftOutcome outcome = drift(Fixtures.shared(
                "terraform-real/hashicorp-terraform-mpl/equivalence/drift_refresh_only.plan.json"),
                SimulationChoice.none(), Optional.empty());

        assertTrue(outcome.drifted());
        assertEquals(List.of("tfcoremock_simple_resource.drift"),
                outcome.report().drift().stream().map(c -> c.address()).toList());
        assertEquals(List.of("string"), outcome.report().drift().get(0).changedPaths());
        assertTrue(outcome.report().findings().isEmpty(), "no org access, no attribution");
    }

    @Test
    void noDriftIsRecordedToo() throws Exception {
        Path clean = tmp.resolve("clean.json");
        Files.writeString(clean, Files.readString(GENESYS_DRIFT).replaceFirst("\"resource_drift\": \\[",
                "\"resource_drift\": [], \"ignored_drift\": ["));

        DriftOutcome outcome = drift(clean, SimulationChoice.none(), Optional.empty());

        assertFalse(outcome.drifted());
        assertEquals("none", outcome.entry().body().path("outcome").asText());
        assertEquals(0, outcome.entry().body().path("addresses").size());
    }

    @Test
    void aTerraformFailureIsRecordedAsAFailedCheckWithoutItsSecrets() {
        ws.terraform().on("plan", "echo \"Error: lock held; token $GENESYSCLOUD_OAUTHCLIENT_SECRET\" >&2; exit 1");

        assertThrows(CxgateException.class, () -> drift(GENESYS_DRIFT, SimulationChoice.none(), Optional.empty()));

        try (RecordStore store = RecordStore.open(RecordsSettings.defaultFor(ws.dir()), Map.of())) {
            Entry failed = store.entries(EntryQuery.all().kind(EntryKind.DRIFT_CHECK)).get(0);
            assertEquals("failed", failed.body().path("outcome").asText());
            assertTrue(failed.body().path("error").asText().contains("plan"), failed.body().toString());
            assertFalse(failed.body().toString().contains(TerraformWorkspace.UAT_CLIENT_SECRET));
        }
    }

    @Test
    void withTheLiveOrgTheAuditTrailSaysWhoWhenAndThroughWhat() {
        AuditQueryEndpoint audits = new AuditQueryEndpoint().message("Routing", "Queue", QUEUE_ID, "Customer Support",
                "Update", Instant.parse("2026-12-06T22:14:07Z"), "Dana Ops", null);
        try (OrgEmulator emulator = new OrgEmulator(org(), TerraformWorkspace.UAT_CLIENT_ID,
                TerraformWorkspace.UAT_CLIENT_SECRET).serve(audits)) {
            DriftOutcome outcome = drift(GENESYS_DRIFT, SimulationChoice.live(), Optional.of(emulator.baseUrl()));

            assertEquals("Queue \"Customer Support\" was changed outside Terraform by Dana Ops in the UI (Genesys Cloud"
                    + " Admin UI) at 2026-12-06T22:14Z (audit: Update): description", outOfBand(outcome).message());
            assertEquals(1, audits.queries().size(), "one query per service");
            assertEquals("2026-11-07T03:00:00Z/2026-12-07T03:00:00Z", audits.queries().get(0).path("interval").asText());
            assertEquals(outOfBand(outcome).message(), outcome.entry().body().path("attribution").path(QUEUE).asText());
        }
    }

    @Test
    void withoutTheAuditPermissionTheFindingFallsBackAndSaysSo() {
        try (OrgEmulator emulator = new OrgEmulator(org(), TerraformWorkspace.UAT_CLIENT_ID,
                TerraformWorkspace.UAT_CLIENT_SECRET).serve(new AuditQueryEndpoint())
                .denyPermission("/api/v2/audits", "audits:audit:view")) {
            DriftOutcome outcome = drift(GENESYS_DRIFT, SimulationChoice.live(), Optional.of(emulator.baseUrl()));

            assertEquals("Queue \"Customer Support\" was changed outside Terraform by dana@example.com at"
                    + " 2026-12-06T22:14Z: description (the audit trail is not readable by this OAuth client (it needs"
                    + " the permission audits:audit:view); modifiedBy/dateModified shown)", outOfBand(outcome).message());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void driftCheckEntriesGoToTheConfiguredStoreAndTheAuditIntervalStartsAtTheLastApply(Backend backend) {
        String url = backend == Backend.SQLITE ? "jdbc:sqlite:" + tmp.resolve("store.db")
                : PostgresServer.createDatabase("drift");
        ws.writeConfig("records: {url: \"" + url + "\"}\n");
        try {
            DriftOutcome first = drift(GENESYS_DRIFT, SimulationChoice.none(), Optional.empty());
            DriftOutcome second = drift(GENESYS_DRIFT, SimulationChoice.none(), Optional.empty());

            try (RecordStore store = RecordStore.open(new RecordsSettings(url), Map.of())) {
                List<Entry> entries = store.entries(EntryQuery.all().environment("uat").kind(EntryKind.DRIFT_CHECK));
                assertEquals(List.of(first.entry().id(), second.entry().id()), entries.stream().map(Entry::id).toList());
                assertEquals(first.entry().hash(), entries.get(1).prevHash(), "one chain");
                assertEquals(VerifyResult.Outcome.INTACT, store.verify(Optional.empty()).outcome());
                Identity dana = IdentityRule.resolve(Optional.of("dana"), Map.of(), IdentityRule.Need.ANY);
                Entry started = store.append(NewEntry.of(EntryKind.APPLY_STARTED, "uat", dana,
                        JsonNodeFactory.instance.objectNode().put("bundleDigest", "sha256:" + "a".repeat(64))));
                store.append(NewEntry.applyFinished(started.id(), "uat", dana,
                        JsonNodeFactory.instance.objectNode().put("status", "succeeded")));
            }
            DriftOutcome third = drift(GENESYS_DRIFT, SimulationChoice.none(), Optional.empty());
            try (RecordStore store = RecordStore.open(new RecordsSettings(url), Map.of())) {
                Instant applied = store.entries(EntryQuery.all().kind(EntryKind.APPLY_FINISHED)).get(0).at();
                assertEquals(applied.toString(), third.entry().body().path("auditSince").asText(),
                        "the audit interval starts at the environment's last apply");
            }
        } finally {
            if (backend == Backend.POSTGRESQL) {
                PostgresServer.dropDatabase(url);
            }
        }
    }
}
