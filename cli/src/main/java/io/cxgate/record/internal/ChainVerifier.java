package io.cxgate.record.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.files.Digests;
import io.cxgate.record.Entry;
import io.cxgate.record.VerifyResult;
import io.cxgate.record.VerifyResult.Problem;

/**
 * Walks the chain from seq 1 (rows as stored, nothing trusted): contiguous seq, each hash against its columns,
 * each prevHash against the entry before, each MAC with the signing key, each blob an entry names; then the
 * chain-head row against the last entry, and an outside head copy against the chain.
 */
final class ChainVerifier {
    /** How far from its place a moved entry is looked for. */
    private static final int NEARBY = 32;

    private final Connection connection;
    private final EntryRows entries;
    private final Optional<EntrySigner> signer;
    private final BlobRows blobs;

    ChainVerifier(Connection connection, EntryRows entries, Optional<EntrySigner> signer, BlobRows blobs) {
        this.connection = connection;
        this.entries = entries;
        this.signer = signer;
        this.blobs = blobs;
    }

    VerifyResult verify(Optional<String> expectedHead) throws SQLException {
        Map<String, Long> seqByHash = hashes();
        long expectedSeq = 1;
        String previous = Entry.GENESIS;
        Optional<String> headId = Optional.empty();
        long blobCount = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + StoredRow.COLUMNS + " FROM entries ORDER BY seq")) {
            select.setFetchSize(500);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    StoredRow row = StoredRow.read(rows);
                    Optional<VerifyResult.Broken> broken = check(row, expectedSeq, previous, seqByHash);
                    if (broken.isPresent()) {
                        return broken.get();
                    }
                    Optional<ObjectNode> body = row.bodyObject();
                    for (Map.Entry<String, JsonNode> blob : iterable(body.orElseThrow().path(Entry.BLOBS))) {
                        Optional<VerifyResult.Broken> bad = checkBlob(row, blob.getKey(), blob.getValue().asText());
                        if (bad.isPresent()) {
                            return bad.get();
                        }
                        blobCount++;
                    }
                    previous = row.hash();
                    headId = Optional.of(row.id());
                    expectedSeq++;
                }
            }
        }
        long count = expectedSeq - 1;
        EntryRows.Head head = entries.head();
        if (head.seq() != count || !head.hash().equals(previous)) {
            return new VerifyResult.Broken(count + 1, Optional.empty(), Problem.MISSING, "the chain head records seq "
                    + head.seq() + " (" + head.hash().substring(0, 12) + "…) but the chain ends at seq " + count
                    + ": newest entries were removed");
        }
        if (expectedHead.isPresent()) {
            String hex = expectedHead.get().startsWith(Digests.PREFIX)
                    ? expectedHead.get().substring(Digests.PREFIX.length()) : expectedHead.get();
            if (!seqByHash.containsKey(hex.toLowerCase(java.util.Locale.ROOT))) {
                return new VerifyResult.Broken(0, Optional.empty(), Problem.HEAD_NOT_FOUND, expectedHead.get());
            }
        }
        return new VerifyResult.Intact(count, count == 0 ? Optional.empty() : Optional.of(Digests.PREFIX + previous),
                signer.isPresent(), blobCount);
    }

    private Optional<VerifyResult.Broken> check(StoredRow row, long expectedSeq, String previous,
                                                Map<String, Long> seqByHash) {
        Optional<String> id = Optional.ofNullable(row.id());
        if (row.seq() != expectedSeq) {
            return broken(row, Problem.MISSING, "seq " + expectedSeq
                    + (row.seq() - expectedSeq > 1 ? " to " + (row.seq() - 1) : "") + " not found");
        }
        Optional<String> computed = row.computedHash(row.seq());
        if (computed.isEmpty()) {
            return broken(row, Problem.UNREADABLE, "a column is empty or the body is not a JSON object");
        }
        if (!computed.get().equals(row.hash())) {
            Optional<String> moved = movedFrom(row, seqByHash);
            return moved.isPresent()
                    ? broken(row, Problem.REORDERED, moved.get())
                    : broken(row, Problem.EDITED, "stored hash " + shortHash(row.hash()) + ", contents hash to "
                    + shortHash(computed.get()));
        }
        if (!row.prevHash().equals(previous)) {
            Long pointsAt = seqByHash.get(row.prevHash());
            return pointsAt == null
                    ? broken(row, Problem.MISSING, "its prevHash " + shortHash(row.prevHash()) + " is no entry's hash")
                    : broken(row, Problem.REORDERED, "its prevHash is the hash of seq " + pointsAt + ", not of seq "
                    + (row.seq() - 1));
        }
        if (signer.isPresent()) {
            if (row.mac() == null) {
                return broken(row, Problem.MISSING_MAC, "");
            }
            if (!signer.get().matches(row.hash(), row.mac())) {
                return broken(row, Problem.BAD_MAC, "");
            }
        }
        return Optional.empty();
    }

    /**
     * An intact entry stored at another seq: its hash matches when computed with the seq it was written at. Tried:
     * the seq its {@code <kind>-<seq>} id names, the one after the entry its prevHash names, and nearby positions.
     */
    private static Optional<String> movedFrom(StoredRow row, Map<String, Long> seqByHash) {
        Set<Long> candidates = new LinkedHashSet<>();
        idSeq(row).ifPresent(candidates::add);
        Long before = Entry.GENESIS.equals(row.prevHash()) ? Long.valueOf(0) : seqByHash.get(row.prevHash());
        if (before != null) {
            candidates.add(before + 1);
            candidates.add(before);
        }
        for (long delta = 1; delta <= NEARBY; delta++) {
            candidates.add(row.seq() + delta);
            candidates.add(row.seq() - delta);
        }
        for (long written : candidates) {
            if (written >= 1 && written != row.seq() && row.computedHash(written).filter(row.hash()::equals).isPresent()) {
                return Optional.of("it was written as seq " + written + " and now sits at seq " + row.seq());
            }
        }
        return Optional.empty();
    }

    private static Optional<Long> idSeq(StoredRow row) {
        String prefix = row.kind() + "-";
        if (row.id() == null || !row.id().startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(row.id().substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<VerifyResult.Broken> checkBlob(StoredRow row, String name, String digest) throws SQLException {
        Optional<BlobRows.Stored> stored = blobs.read(digest);
        if (stored.isEmpty()) {
            return broken(row, Problem.MISSING_BLOB, name + " " + digest);
        }
        switch (blobs.check(stored.get())) {
            case INTACT:
            case NO_KEY:
                return Optional.empty();
            case ALTERED:
                return broken(row, Problem.ALTERED_BLOB, name + " " + digest);
            case WRONG_KEY_OR_ALTERED:
                return broken(row, Problem.ALTERED_BLOB, name + " " + digest
                        + " (does not decrypt with the key in records.encryptionKeyEnv: altered, or another key)");
            default:
                throw new IllegalStateException("unhandled blob check");
        }
    }

    private Map<String, Long> hashes() throws SQLException {
        Map<String, Long> seqByHash = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, hash FROM entries");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(2) != null) {
                    seqByHash.putIfAbsent(rows.getString(2), rows.getLong(1));
                }
            }
        }
        return seqByHash;
    }

    private static Optional<VerifyResult.Broken> broken(StoredRow row, Problem problem, String detail) {
        return Optional.of(new VerifyResult.Broken(row.seq(), Optional.ofNullable(row.id()), problem, detail));
    }

    private static String shortHash(String hash) {
        return hash == null ? "(none)" : hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
