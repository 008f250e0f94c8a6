package io.cxgate.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cxgate.record.Entry;
import io.cxgate.record.EntryKind;
import io.cxgate.record.EntryQuery;
import io.cxgate.record.Holder;
import io.cxgate.record.LockResult;
import io.cxgate.record.RecordStore;
import io.cxgate.testing.CliRun;
import io.cxgate.testing.TestStores;

/** {@code cxgate state restore}: --confirm, the lock, the lineage check, the push and its record, on both stores. */
class StateRestoreTest {
    private static final String LINEAGE = "3f0e2b0c-6d1a-4c55-9d0b-6f7c2f1e8a90";
    private static final String STATE_CANARY = "CANARY-STATE-SECRET-0be4";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void restoreNeedsConfirmAndTheLockThenPushesThePreStateAndRecordsIt(TestStores kind) throws Exception {
        GateFixture gate = new GateFixture(tmp, kind);
        gate.writeState("dev", state(LINEAGE, 42));
        assertEquals(0, gate.apply(gate.plan("dev")).exitCode());
        assertTrue(devState(gate).contains("\"serial\": 43"), "the apply moved the serial");
        String config = gate.workspace().config().toString();

        CliRun unconfirmed = gate.run("state", "restore", "--deployment", "dev-0001", "--config", config);
        assertEquals(2, unconfirmed.exitCode(), unconfirmed.err());
        assertEquals("cxgate: state restore overwrites the Terraform state of the deployment's environment (not the"
                + " org); add --confirm to do it", unconfirmed.lastErrLine());

        try (RecordStore store = gate.store()) {
            assertTrue(store.tryLock("dev", Holder.current("mallory"), "sha256:" + "3".repeat(64))
                    instanceof LockResult.Acquired);
        }
        CliRun locked = gate.run("state", "restore", "--deployment", "dev-0001", "--confirm", "--by", "alice",
                "--config", config);
        assertEquals(7, locked.exitCode(), locked.err());
        assertTrue(locked.lastErrLine().startsWith("cxgate: environment dev is locked: mallory (pid "), locked.err());
        assertTrue(devState(gate).contains("\"serial\": 43"), "nothing was pushed");
        try (RecordStore store = gate.store()) {
            store.release(store.lock("dev").orElseThrow());
            assertTrue(store.entries(EntryQuery.all().kind(EntryKind.STATE_RESTORE)).isEmpty());
        }

        CliRun restored = gate.run("state", "restore", "--deployment", "dev-0001", "--confirm", "--by", "alice",
                "--config", config);
        assertEquals(0, restored.exitCode(), restored.err());
        assertTrue(restored.err().contains("cxgate: restored the state of dev from before dev-0001 (serial 42, was 43);"
                + " recorded state-restore-3 by alice, records head sha256:"), restored.err());
        assertTrue(restored.err().contains("the org was not changed"), restored.err());
        assertTrue(devState(gate).contains("\"serial\": 42") && devState(gate).contains(STATE_CANARY));
        assertFalse(restored.out().contains(STATE_CANARY) || restored.err().contains(STATE_CANARY));
        try (RecordStore store = gate.store()) {
            List<Entry> restores = store.entries(EntryQuery.all().kind(EntryKind.STATE_RESTORE));
            assertEquals(1, restores.size());
            Entry entry = restores.get(0);
            assertEquals("dev", entry.environment());
            assertEquals("alice", entry.identity());
            assertEquals("dev-0001", entry.bodyText("deployment").orElseThrow());
            assertEquals(43, entry.body().path("serialBefore").asLong());
            assertEquals(42, entry.body().path("restoredSerial").asLong());
            assertTrue(store.lock("dev").isEmpty(), "the lock is released");
        }
        CliRun history = gate.run("history", "--config", config, "--format", "json");
        assertFalse(history.out().contains(STATE_CANARY));
    }

    @ParameterizedTest
    @EnumSource(TestStores.class)
    void aSnapshotOfAnotherLineageIsNotPushed(TestStores kind) throws Exception {
        GateFixture gate = new GateFixture(tmp, kind);
        gate.writeState("dev", state(LINEAGE, 42));
        assertEquals(0, gate.apply(gate.plan("dev")).exitCode());
        gate.writeState("dev", state("9c1d7a44-0000-4000-8000-000000000001", 1));

        CliRun refused = gate.run("state", "restore", "--deployment", "dev-0001", "--confirm", "--by", "alice",
                "--config", gate.workspace().config().toString());
        assertEquals(7, refused.exitCode(), refused.err());
        assertEquals("cxgate: the snapshot of dev-0001 has state lineage " + LINEAGE + " but dev's current state has"
                + " 9c1d7a44-0000-4000-8000-000000000001; it belongs to another state, not pushed", refused.lastErrLine());
        assertTrue(devState(gate).contains("\"serial\": 1,"));
        try (RecordStore store = gate.store()) {
            assertTrue(store.entries(EntryQuery.all().kind(EntryKind.STATE_RESTORE)).isEmpty());
            assertTrue(store.lock("dev").isEmpty(), "the lock is released after a refusal");
        }
        CliRun unknown = gate.run("state", "restore", "--deployment", "dev-0042", "--confirm",
                "--config", gate.workspace().config().toString());
        assertEquals(2, unknown.exitCode(), unknown.err());
    }

    private static String state(String lineage, int serial) {
        return """
                {"version": 4, "terraform_version": "1.9.8", "serial": %d, "lineage": "%s", "outputs": {},
                 "resources": [{"mode": "managed", "type": "genesyscloud_integration_credential", "name": "crm",
                   "instances": [{"attributes": {"fields": {"password": "%s"}}}]}]}
                """.formatted(serial, lineage, STATE_CANARY);
    }

    private static String devState(GateFixture gate) throws Exception {
        return Files.readString(gate.workspace().dir().resolve(".cxgate/terraform/dev/state.json"));
    }
}
