package io.cxgate.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.config.RecordsSettings;
import io.cxgate.record.VerifyResult.Problem;

/** {@code records verify} catches every kind of tampering, on both stores. */
class VerifyTest {
    @RegisterExtension
    static final TestStores STORES = new TestStores();

    private static final String KEY_VARIABLE = "CXGATE_SIGNING_KEY";
    private static final Map<String, String> KEY = Map.of(KEY_VARIABLE, RecordStoreTest.SIGNING_KEY,
            "CXGATE_RECORDS_KEY", "e".repeat(48));

    /** A signed store with five entries; entry 2 (prod-0001) refers to a state snapshot and a live copy. */
    private static Chain chain(Backend backend, boolean signed) {
        RecordsSettings settings = STORES.fresh(backend).withEncryptionKeyEnv("CXGATE_RECORDS_KEY");
        if (signed) {
            settings = settings.withSigningKeyEnv(KEY_VARIABLE);
        }
        try (RecordStore store = RecordStore.open(settings, KEY)) {
            store.append(NewEntry.of(EntryKind.APPROVAL, "prod", RecordStoreTest.DANA,
                    RecordStoreTest.body("bundleDigest", RecordStoreTest.DIGEST)));
            String state = store.putBlob(BlobKind.STATE_SNAPSHOT, "{\"serial\":41}".getBytes(StandardCharsets.UTF_8));
            String live = store.putBlob(BlobKind.LIVE_COPY, "{\"name\":\"Sales\"}".getBytes(StandardCharsets.UTF_8));
            Entry started = store.append(NewEntry.withBlobs(EntryKind.APPLY_STARTED, "prod", RecordStoreTest.DANA,
                    RecordStoreTest.body("bundleDigest", RecordStoreTest.DIGEST), Map.of("preState", state, "live", live)));
            store.append(NewEntry.applyFinished(started.id(), "prod", RecordStoreTest.DANA,
                    RecordStoreTest.body("result", "succeeded")));
            store.append(NewEntry.of(EntryKind.DRIFT_CHECK, "prod", RecordStoreTest.DANA, RecordStoreTest.body("drifted", "0")));
            store.append(NewEntry.of(EntryKind.UNLOCK, "prod", RecordStoreTest.DANA, RecordStoreTest.body("reason", "x")));
            return new Chain(settings, store.entries(EntryQuery.all()), state, live);
        }
    }

    private record Chain(RecordsSettings settings, List<Entry> entries, String state, String live) {
        VerifyResult verify(Optional<String> head) {
            try (RecordStore store = RecordStore.open(settings, KEY)) {
                return store.verify(head);
            }
        }

        VerifyResult.Broken broken() {
            return assertInstanceOf(VerifyResult.Broken.class, verify(Optional.empty()));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anIntactChainGivesItsCountAndHead(Backend backend) {
        Chain chain = chain(backend, true);
        VerifyResult.Intact intact = assertInstanceOf(VerifyResult.Intact.class, chain.verify(Optional.empty()));

        assertEquals(5, intact.count());
        assertEquals(Optional.of(chain.entries().get(4).headRef()), intact.head());
        assertTrue(intact.macsChecked());
        assertEquals(2, intact.blobs());
        assertInstanceOf(VerifyResult.Intact.class, chain.verify(Optional.of(chain.entries().get(2).headRef())),
                "an older head copy is still in the chain");
        assertInstanceOf(VerifyResult.Intact.class, chain.verify(Optional.of(chain.entries().get(2).hash())),
                "bare hex works too");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEditedBodyIsNamed(Backend backend) {
        Chain chain = chain(backend, true);
        TestStores.tamper(chain.settings(), "UPDATE entries SET body = '{\"bundleDigest\":\"sha256:evil\"}' WHERE seq = 2");

        VerifyResult.Broken broken = chain.broken();
        assertEquals(2, broken.seq());
        assertEquals(Optional.of("prod-0001"), broken.id());
        assertEquals(Problem.EDITED, broken.problem());
        assertTrue(broken.describe().startsWith("entry prod-0001 (seq 2): edited"), broken.describe());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEditedHashIsNamed(Backend backend) {
        Chain chain = chain(backend, true);
        TestStores.tamper(chain.settings(), "UPDATE entries SET hash = '" + "a".repeat(64) + "' WHERE seq = 3");

        VerifyResult.Broken broken = chain.broken();
        assertEquals(3, broken.seq());
        assertEquals(Problem.EDITED, broken.problem());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anEditedColumnOutsideTheBodyIsNamed(Backend backend) {
        Chain chain = chain(backend, true);
        TestStores.tamper(chain.settings(), "UPDATE entries SET identity = 'mallory' WHERE seq = 1");
        assertEquals(1, chain.broken().seq());
        assertEquals(Problem.EDITED, chain.broken().problem());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRemovedEntryIsNamedByTheEntryAfterIt(Backend backend) {
        Chain chain = chain(backend, true);
        TestStores.tamper(chain.settings(), "DELETE FROM entries WHERE seq = 3");

        VerifyResult.Broken broken = chain.broken();
        assertEquals(4, broken.seq());
        assertEquals(Problem.MISSING, broken.problem());
        assertTrue(broken.detail().contains("seq 3"), broken.detail());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRemovedAndRenumberedEntryShowsAsABrokenLink(Backend backend) {
        Chain chain = chain(backend, true);
        TestStores.tamper(chain.settings(), "DELETE FROM entries WHERE seq = 3",
                "UPDATE entries SET seq = seq - 1 WHERE seq > 3");
        VerifyResult.Broken broken = chain.broken();
        assertEquals(3, broken.seq());
        assertEquals(Problem.REORDERED, broken.problem());
        assertEquals("it was written as seq 4 and now sits at seq 3", broken.detail());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void removingTheNewestEntriesIsCaughtByTheChainHeadAndByAnOutsideHeadCopy(Backend backend) {
        Chain chain = chain(backend, true);
        String head = chain.entries().get(4).headRef();
        TestStores.tamper(chain.settings(), "DELETE FROM entries WHERE seq >= 4");
        VerifyResult.Broken broken = chain.broken();
        assertEquals(Problem.MISSING, broken.problem());
        assertTrue(broken.detail().contains("newest entries were removed"), broken.detail());

        Entry third = chain.entries().get(2);
        TestStores.tamper(chain.settings(), "UPDATE chain_head SET seq = 3, hash = '" + third.hash() + "'");
        assertInstanceOf(VerifyResult.Intact.class, chain.verify(Optional.empty()), "a careful editor fixes the head row");
        VerifyResult.Broken withHead = assertInstanceOf(VerifyResult.Broken.class, chain.verify(Optional.of(head)));
        assertEquals(Problem.HEAD_NOT_FOUND, withHead.problem());
        assertTrue(withHead.describe().contains(head), withHead.describe());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void swappedEntriesAreNamedAsReordered(Backend backend) {
        Chain chain = chain(backend, true);
        TestStores.tamper(chain.settings(), "UPDATE entries SET seq = -1 WHERE seq = 3",
                "UPDATE entries SET seq = 3 WHERE seq = 4", "UPDATE entries SET seq = 4 WHERE seq = -1");

        VerifyResult.Broken broken = chain.broken();
        assertEquals(3, broken.seq());
        assertEquals(Problem.REORDERED, broken.problem());
        assertEquals("it was written as seq 4 and now sits at seq 3", broken.detail());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBadMacIsNamed(Backend backend) {
        Chain chain = chain(backend, true);
        TestStores.tamper(chain.settings(), "UPDATE entries SET mac = '" + "0".repeat(64) + "' WHERE seq = 4");
        assertEquals(4, chain.broken().seq());
        assertEquals(Problem.BAD_MAC, chain.broken().problem());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aConsistentRewriteWithoutTheKeyPassesTheHashesButNotTheMacs(Backend backend) throws Exception {
        Chain signed = chain(backend, true);
        rewriteFrom(signed, 2);
        VerifyResult.Broken broken = signed.broken();
        assertEquals(2, broken.seq());
        assertEquals(Problem.BAD_MAC, broken.problem());

        Chain unsigned = chain(backend, false);
        rewriteFrom(unsigned, 2);
        VerifyResult.Intact intact = assertInstanceOf(VerifyResult.Intact.class, unsigned.verify(Optional.empty()));
        assertFalse(intact.macsChecked(), "without a signing key verify can only say it did not check MACs");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStoreOpenedWithAnotherSigningKeyFailsAtTheFirstEntry(Backend backend) {
        Chain chain = chain(backend, true);
        try (RecordStore store = RecordStore.open(chain.settings(), Map.of(KEY_VARIABLE, "z".repeat(32),
                "CXGATE_RECORDS_KEY", "e".repeat(48)))) {
            VerifyResult.Broken broken = assertInstanceOf(VerifyResult.Broken.class, store.verify(Optional.empty()));
            assertEquals(1, broken.seq());
            assertEquals(Problem.BAD_MAC, broken.problem());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aMissingBlobIsNamedWithTheEntryThatRefersToIt(Backend backend) {
        Chain chain = chain(backend, true);
        TestStores.tamper(chain.settings(), "DELETE FROM blobs WHERE digest = '" + chain.live() + "'");
        VerifyResult.Broken broken = chain.broken();
        assertEquals(2, broken.seq());
        assertEquals(Problem.MISSING_BLOB, broken.problem());
        assertTrue(broken.detail().equals("live " + chain.live()), broken.detail());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void alteredBlobsPlainOrSealedAreNamed(Backend backend) throws Exception {
        Chain chain = chain(backend, true);
        setContent(chain.settings(), chain.live(), "{\"name\":\"Evil\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Problem.ALTERED_BLOB, chain.broken().problem());

        Chain sealed = chain(backend, true);
        byte[] stored = RecordStoreTest.rawContent(sealed.settings(), sealed.state());
        stored[20] ^= 1;
        setContent(sealed.settings(), sealed.state(), stored);
        VerifyResult.Broken broken = sealed.broken();
        assertEquals(Problem.ALTERED_BLOB, broken.problem());
        assertTrue(broken.detail().startsWith("preState " + sealed.state()), broken.detail());
    }

    /** What someone with write access but no key can do: edit entry {@code from} and re-hash everything after it. */
    private static void rewriteFrom(Chain chain, int from) throws Exception {
        String previous = chain.entries().get(from - 2).hash();
        try (Connection connection = TestStores.connect(chain.settings())) {
            for (Entry entry : chain.entries().subList(from - 1, chain.entries().size())) {
                ObjectNode body = entry.body();
                if (entry.seq() == from) {
                    body.put("bundleDigest", "sha256:" + "9".repeat(64));
                }
                Entry rewritten = new Entry(entry.seq(), entry.id(), entry.kind(), entry.environment(), entry.at(),
                        entry.identity(), entry.identitySource(), body, previous, Entry.GENESIS, Optional.empty());
                String hash = rewritten.computedHash();
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE entries SET body = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                    update.setString(1, io.cxgate.bundle.CanonicalJson.canonicalString(body.toString()));
                    update.setString(2, previous);
                    update.setString(3, hash);
                    update.setLong(4, entry.seq());
                    update.executeUpdate();
                }
                previous = hash;
            }
            try (PreparedStatement head = connection.prepareStatement("UPDATE chain_head SET hash = ?")) {
                head.setString(1, previous);
                head.executeUpdate();
            }
        }
    }

    private static void setContent(RecordsSettings settings, String digest, byte[] content) throws Exception {
        try (Connection connection = TestStores.connect(settings);
             PreparedStatement update = connection.prepareStatement("UPDATE blobs SET content = ? WHERE digest = ?")) {
            update.setBytes(1, content);
            update.setString(2, digest);
            assertEquals(1, update.executeUpdate());
        }
    }
}
