package io.cxgate.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.CxgateException;
import io.cxgate.config.RecordsSettings;
import io.cxgate.genesys.api.FakeClock;
import io.cxgate.identity.Identity;

/** Entries and blobs, the same on both stores. */
class RecordStoreTest {
    @RegisterExtension
    static final TestStores STORES = new TestStores();

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Identity DANA = new Identity("dana", "GITHUB_ACTOR");
    static final String SIGNING_KEY = "0123456789abcdef0123456789abcdef";
    static final String DIGEST = "sha256:" + "1".repeat(64);

    static ObjectNode body(String key, String value) {
        return MAPPER.createObjectNode().put(key, value);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void appendsNumberTheChainAndLinkEachEntryToThePreviousHash(Backend backend) {
        FakeClock clock = new FakeClock(Instant.parse("2026-11-26T09:00:00.123456Z"));
        try (RecordStore store = RecordStore.open(STORES.fresh(backend), Map.of(), clock, Lock.Processes.local())) {
            Entry approval = store.append(NewEntry.of(EntryKind.APPROVAL, "prod", DANA, body("bundleDigest", DIGEST)));
            clock.advance(Duration.ofSeconds(1));
            Entry drift = store.append(NewEntry.of(EntryKind.DRIFT_CHECK, "prod", DANA, body("drifted", "none")));

            assertEquals(1, approval.seq());
            assertEquals("approval-1", approval.id());
            assertEquals(Entry.GENESIS, approval.prevHash());
            assertEquals(Instant.parse("2026-11-26T09:00:00.123Z"), approval.at());
            assertEquals(approval.computedHash(), approval.hash());
            assertEquals(2, drift.seq());
            assertEquals("drift-check-2", drift.id());
            assertEquals(approval.hash(), drift.prevHash());
            assertEquals(Optional.of(drift), store.head());
            assertEquals(Optional.empty(), drift.mac());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deploymentsAreNumberedPerEnvironmentAndShareTheirIdWithTheirFinish(Backend backend) {
        try (RecordStore store = STORES.open(backend)) {
            Entry first = store.append(NewEntry.of(EntryKind.APPLY_STARTED, "prod", DANA, body("bundleDigest", DIGEST)));
            Entry uat = store.append(NewEntry.of(EntryKind.APPLY_STARTED, "uat", DANA, body("bundleDigest", DIGEST)));
            Entry finished = store.append(NewEntry.applyFinished(first.id(), "prod", DANA, body("result", "succeeded")));
            Entry second = store.append(NewEntry.of(EntryKind.APPLY_STARTED, "prod", DANA, body("bundleDigest", DIGEST)));

            assertEquals("prod-0001", first.id());
            assertEquals("uat-0001", uat.id());
            assertEquals("prod-0001", finished.id());
            assertEquals(EntryKind.APPLY_FINISHED, finished.kind());
            assertEquals("prod-0002", second.id());
            assertEquals(List.of(first, finished), store.entries(EntryQuery.all().id("prod-0001")));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFinishNeedsItsStartInTheSameEnvironmentAndHappensOnce(Backend backend) {
        try (RecordStore store = STORES.open(backend)) {
            Entry started = store.append(NewEntry.of(EntryKind.APPLY_STARTED, "prod", DANA, body("bundleDigest", DIGEST)));
            assertThrows(IllegalArgumentException.class,
                    () -> store.append(NewEntry.applyFinished("prod-0002", "prod", DANA, body("result", "failed"))));
            assertThrows(IllegalArgumentException.class,
                    () -> store.append(NewEntry.applyFinished(started.id(), "uat", DANA, body("result", "failed"))));
            store.append(NewEntry.applyFinished(started.id(), "prod", DANA, body("result", "failed")));
            assertThrows(IllegalArgumentException.class,
                    () -> store.append(NewEntry.applyFinished(started.id(), "prod", DANA, body("result", "failed"))));
            assertEquals(2, store.entries(EntryQuery.all()).size(), "refused appends leave nothing behind");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void entriesReadBackAsWrittenAndFilterByEnvironmentKindAndId(Backend backend) {
        RecordsSettings settings = STORES.fresh(backend);
        ObjectNode report = MAPPER.createObjectNode();
        report.putObject("summary").put("create", 3).put("ratio", 0.5).put("name", "Ünïcode ✓ \"quoted\"");
        report.putArray("addresses").add("genesyscloud_routing_queue.sales").add(7);
        Entry approval;
        try (RecordStore store = RecordStore.open(settings, Map.of())) {
            approval = store.append(NewEntry.of(EntryKind.APPROVAL, "uat", DANA, report));
            store.append(NewEntry.of(EntryKind.APPROVAL, "prod", new Identity("Erin", "--by"), body("group", "cx-leads")));
            store.append(NewEntry.of(EntryKind.UNLOCK, "uat", DANA, body("reason", "stuck")));
        }
        try (RecordStore reopened = RecordStore.open(settings, Map.of())) {
            List<Entry> uatApprovals = reopened.entries(EntryQuery.all().environment("uat").kind(EntryKind.APPROVAL));
            assertEquals(List.of(approval), uatApprovals);
            assertEquals(report, uatApprovals.get(0).body());
            assertEquals(approval.hash(), uatApprovals.get(0).computedHash());
            assertEquals(List.of("approval-1", "approval-2"),
                    reopened.entries(EntryQuery.all().kind(EntryKind.APPROVAL)).stream().map(Entry::id).toList());
            assertEquals("Erin", reopened.entries(EntryQuery.all().environment("prod")).get(0).identity());
            assertEquals(3, reopened.entries(EntryQuery.all()).size());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void signedStoresMacEveryEntryWithTheKey(Backend backend) {
        RecordsSettings settings = STORES.fresh(backend).withSigningKeyEnv("CXGATE_SIGNING_KEY");
        try (RecordStore store = RecordStore.open(settings, Map.of("CXGATE_SIGNING_KEY", SIGNING_KEY))) {
            Entry entry = store.append(NewEntry.of(EntryKind.APPROVAL, "prod", DANA, body("bundleDigest", DIGEST)));
            assertTrue(store.signs());
            assertEquals(64, entry.mac().orElseThrow().length());
            assertEquals(entry.mac(), store.entries(EntryQuery.all()).get(0).mac());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void blobsAreStoredOnceUnderTheDigestOfTheirPlaintext(Backend backend) {
        try (RecordStore store = STORES.open(backend)) {
            byte[] live = "{\"name\":\"Sales\"}".getBytes(StandardCharsets.UTF_8);
            String digest = store.putBlob(BlobKind.LIVE_COPY, live);
            assertEquals("sha256:" + io.cxgate.files.Digests.hex(live).substring(0), digest);
            assertEquals(digest, store.putBlob(BlobKind.LIVE_COPY, live));
            assertArrayEquals(live, store.blob(digest).orElseThrow());
            assertEquals(Optional.empty(), store.blob("sha256:" + "f".repeat(64)));

            Entry entry = store.append(NewEntry.withBlobs(EntryKind.APPLY_STARTED, "prod", DANA, body("bundleDigest", DIGEST),
                    Map.of("live", digest)));
            assertEquals(Map.of("live", digest), entry.blobs());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEntryCannotReferToABlobTheStoreLacks(Backend backend) {
        try (RecordStore store = STORES.open(backend)) {
            String missing = "sha256:" + "e".repeat(64);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.append(NewEntry.withBlobs(
                    EntryKind.APPLY_STARTED, "prod", DANA, body("bundleDigest", DIGEST), Map.of("preState", missing))));
            assertTrue(e.getMessage().contains(missing), e.getMessage());
            assertEquals(Optional.empty(), store.head());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void secretBearingBlobsAreEncryptedAtRestWhenTheStoreHasAKey(Backend backend) throws Exception {
        RecordsSettings settings = STORES.fresh(backend).withEncryptionKeyEnv("CXGATE_RECORDS_KEY");
        Map<String, String> env = Map.of("CXGATE_RECORDS_KEY", "k".repeat(40));
        byte[] state = "{\"resources\":[{\"client_secret\":\"hunter2\"}]}".getBytes(StandardCharsets.UTF_8);
        byte[] live = "{\"name\":\"Sales\"}".getBytes(StandardCharsets.UTF_8);
        String stateDigest;
        String liveDigest;
        try (RecordStore store = RecordStore.open(settings, env)) {
            stateDigest = store.putBlob(BlobKind.STATE_SNAPSHOT, state);
            liveDigest = store.putBlob(BlobKind.LIVE_COPY, live);
            assertArrayEquals(state, store.blob(stateDigest).orElseThrow());
        }
        assertEquals("aes-256-gcm", column(settings, "encryption", stateDigest));
        assertFalse(new String(rawContent(settings, stateDigest), StandardCharsets.ISO_8859_1).contains("hunter2"));
        assertEquals("aes-256-gcm", column(settings, "encryption", liveDigest), "live copies hold the org's data");

        try (RecordStore keyless = RecordStore.open(new RecordsSettings(settings.url()), Map.of())) {
            CxgateException e = assertThrows(CxgateException.class, () -> keyless.blob(stateDigest));
            assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
            assertThrows(CxgateException.class, () -> keyless.blob(liveDigest));
        }
        try (RecordStore otherKey = RecordStore.open(settings, Map.of("CXGATE_RECORDS_KEY", "j".repeat(40)))) {
            assertThrows(CxgateException.class, () -> otherKey.blob(stateDigest));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void withoutAKeySecretBearingBlobsAreStoredAsIs(Backend backend) throws Exception {
        RecordsSettings settings = STORES.fresh(backend);
        try (RecordStore store = RecordStore.open(settings, Map.of())) {
            assertFalse(store.encrypts());
            String digest = store.putBlob(BlobKind.CONFIGURATION_ARCHIVE, new byte[] {1, 2, 3});
            assertEquals("none", column(settings, "encryption", digest));
        }
    }

    static String column(RecordsSettings settings, String column, String digest) throws Exception {
        try (Connection connection = TestStores.connect(settings);
             PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM blobs WHERE digest = ?")) {
            select.setString(1, digest);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return rows.getString(1);
            }
        }
    }

    static byte[] rawContent(RecordsSettings settings, String digest) throws Exception {
        try (Connection connection = TestStores.connect(settings);
             PreparedStatement select = connection.prepareStatement("SELECT content FROM blobs WHERE digest = ?")) {
            select.setString(1, digest);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return rows.getBytes(1);
            }
        }
    }
}
