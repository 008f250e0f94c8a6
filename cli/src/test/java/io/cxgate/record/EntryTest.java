package io.cxgate.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class EntryTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DIGEST = "sha256:" + "1".repeat(64);

    static Entry sample() {
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("summary").put("create", 2);
        body.put("bundleDigest", DIGEST);
        return new Entry(1, "prod-0001", EntryKind.APPLY_STARTED, "prod", Instant.parse("2026-11-26T09:00:00Z"), "dana",
                "GITHUB_ACTOR", body, Entry.GENESIS, "5cfae5a7ab0b0677dda627db9a2a9116c49cf7123e8cf6e1458e14154ab0b5ae",
                Optional.empty());
    }

    @Test
    void theCanonicalFormIsTheContractsObjectWithMembersSortedAndMillisecondsInAt() {
        assertEquals("{\"at\":\"2026-11-26T09:00:00.000Z\",\"body\":{\"bundleDigest\":\"" + DIGEST
                + "\",\"summary\":{\"create\":2}},\"environment\":\"prod\",\"id\":\"prod-0001\",\"identity\":\"dana\","
                + "\"identitySource\":\"GITHUB_ACTOR\",\"kind\":\"apply-started\",\"prevHash\":\"" + "0".repeat(64)
                + "\",\"seq\":1}", sample().canonicalForm());
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalFormInLowercaseHex() {
        // printf '%s' '<canonical form above>' | sha256sum
        assertEquals("5cfae5a7ab0b0677dda627db9a2a9116c49cf7123e8cf6e1458e14154ab0b5ae", sample().computedHash());
        assertEquals("sha256:5cfae5a7ab0b0677dda627db9a2a9116c49cf7123e8cf6e1458e14154ab0b5ae", sample().headRef());
    }

    @Test
    void entriesAreImmutableEvenThroughTheirBody() {
        Entry entry = sample();
        entry.body().put("bundleDigest", "changed");
        assertEquals(DIGEST, entry.bodyText("bundleDigest").orElseThrow());
    }

    @Test
    void aHashThatIsNotSixtyFourLowercaseHexDigitsIsRefused() {
        Entry entry = sample();
        assertThrows(IllegalArgumentException.class, () -> new Entry(1, "x", EntryKind.UNLOCK, "prod", entry.at(), "dana",
                "--by", entry.body(), Entry.GENESIS, "ABC", Optional.empty()));
    }

    @Test
    void kindsReadAndWriteTheContractsNames() {
        assertEquals(Optional.of(EntryKind.STATE_RESTORE), EntryKind.fromId("state-restore"));
        assertEquals("drift-check", EntryKind.DRIFT_CHECK.id());
        assertEquals(Optional.empty(), EntryKind.fromId("deploy"));
    }
}
