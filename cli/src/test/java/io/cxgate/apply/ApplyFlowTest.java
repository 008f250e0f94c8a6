package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.RecordStore;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.TestStores;
import io.cxgate.testing.TerraformWorkspace;

/** dev → uat → prod through the real commands, with the stand-in terraform, on both stores. */
class ApplyFlowTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void devUatProdEndToEndWithPromotionEnforced(TestStores kind) {
        GateFixture gate = new GateFixture(tmp, kind);
        Path prod = gate.plan("prod");
        assertEquals(3, gate.approvals(prod).exitCode());
        CliRun approved = gate.approve(prod, "alice", "--comment", "CHG-1042");
        assertEquals(0, approved.exitCode(), approved.err());
        assertTrue(approved.err().contains("alice approved bundle sha256:"), approved.err());
        assertTrue(approved.err().contains("all required approvals are given"), approved.err());
        CliRun approvals = gate.approvals(prod, "--format", "json");
        assertEquals(0, approvals.exitCode(), approvals.err());
        assertTrue(approvals.out().contains("\"identity\" : \"alice\""), approvals.out());

        CliRun early = gate.apply(prod);
        assertEquals(7, early.exitCode(), early.err());
        assertTrue(early.lastErrLine().matches("cxgate: prod is promoted from uat: artifact sha256:[0-9a-f]{12} has no"
                + " succeeded apply in uat; apply the same commit to uat first"), early.err());
        assertEquals(0, gate.terraform().applies());

        CliRun dev = gate.apply(gate.plan("dev"));
        assertEquals(0, dev.exitCode(), dev.err());
        assertTrue(dev.err().contains("cxgate: dev-0001 applied (state serial 43); chain head sha256:"), dev.err());
        CliRun uat = gate.apply(gate.plan("uat"));
        assertEquals(0, uat.exitCode(), uat.err());
        CliRun prodApplied = gate.apply(prod);
        assertEquals(0, prodApplied.exitCode(), prodApplied.err());
        assertTrue(prodApplied.err().contains("cxgate: prod-0001 applied"), prodApplied.err());
        assertEquals(3, gate.terraform().applies());
        for (String secret : List.of(GateFixture.PROD_CLIENT_SECRET, TerraformWorkspace.DEV_CLIENT_SECRET)) {
            assertFalse(dev.err().contains(secret) || prodApplied.err().contains(secret), "a credential leaked");
        }

        try (RecordStore store = gate.store()) {
            List<Entry> entries = store.entries(EntryQuery.all());
            assertEquals(List.of("approval", "apply-started", "apply-finished", "apply-started", "apply-finished",
                    "apply-started", "apply-finished"), entries.stream().map(e -> e.kind().id()).toList());
            Entry started = store.entries(EntryQuery.all().environment("prod").kind(EntryKind.APPLY_STARTED)).get(0);
            ObjectNode body = started.body();
            assertEquals("alice", body.path("approvals").path(0).path("identity").asText());
            assertEquals("cc-operations", body.path("approvals").path(0).path("group").asText());
            assertEquals("dana", body.path("plannedBy").path("identity").asText());
            assertEquals(42, body.path("stateSerial").asLong());
            assertTrue(started.blobs().containsKey("preState") && started.blobs().containsKey("configurationArchive"));
            assertTrue(store.blob(started.blobs().get("configurationArchive")).isPresent());
            Entry finished = store.entries(EntryQuery.all().environment("prod").kind(EntryKind.APPLY_FINISHED)).get(0);
            assertEquals("prod-0001", finished.id());
            assertEquals("succeeded", finished.body().path("result").asText());
            assertEquals(43, finished.body().path("stateSerial").asLong());
            assertTrue(store.lock("prod").isEmpty(), "the lock is released");
            assertTrue(store.verify(java.util.Optional.empty()) instanceof io.cxgate.record.VerifyResult.Intact);
        }
    }
}
