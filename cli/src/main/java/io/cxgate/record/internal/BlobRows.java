package io.cxgate.record.internal;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import io.cxgate.files.Digests;
import io.cxgate.record.BlobKind;

/** SQL on the blobs table: content addressed by the SHA-256 of its plaintext, secret-bearing ones sealed. */
final class BlobRows {
    static final String PLAIN = "none";

    private final Connection connection;
    private final Optional<BlobCipher> cipher;

    BlobRows(Connection connection, Optional<BlobCipher> cipher) {
        this.connection = connection;
        this.cipher = cipher;
    }

    /** Stores the content once; a digest already stored is left as it is. */
    String put(BlobKind kind, byte[] content) throws SQLException {
        String digest = Digests.of(content);
        if (exists(digest)) {
            return digest;
        }
        boolean seal = kind.isSecret() && cipher.isPresent();
        byte[] stored = seal ? cipher.get().encrypt(digest, content) : content;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO blobs (digest, kind, encryption, size, content) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, digest);
            insert.setString(2, kind.id());
            insert.setString(3, seal ? BlobCipher.ALGORITHM : PLAIN);
            insert.setLong(4, content.length);
            insert.setBytes(5, stored);
            insert.executeUpdate();
        }
        return digest;
    }

    boolean exists(String digest) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM blobs WHERE digest = ?")) {
            select.setString(1, digest);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The blob as stored, empty when absent. */
    Optional<Stored> read(String digest) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT encryption, content FROM blobs WHERE digest = ?")) {
            select.setString(1, digest);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Stored(digest, rows.getString(1), rows.getBytes(2))) : Optional.empty();
            }
        }
    }

    /** What opening a stored blob found. */
    enum Check { INTACT, ALTERED, NO_KEY, WRONG_KEY_OR_ALTERED }

    /** A blob row: its digest, how it is sealed, its bytes. */
    record Stored(String digest, String encryption, byte[] content) {
        boolean sealed() {
            return !PLAIN.equals(encryption);
        }
    }

    /** The plaintext, when it can be opened with this store's key and matches its digest. */
    Optional<byte[]> open(Stored blob) {
        Optional<byte[]> plaintext = blob.sealed()
                ? cipher.flatMap(c -> c.decrypt(blob.digest(), blob.content()))
                : Optional.of(blob.content());
        return plaintext.filter(bytes -> matches(blob.digest(), bytes));
    }

    /** How a stored blob fares against its digest. */
    Check check(Stored blob) {
        if (blob.sealed() && cipher.isEmpty()) {
            return Check.NO_KEY;
        }
        if (open(blob).isPresent()) {
            return Check.INTACT;
        }
        return blob.sealed() ? Check.WRONG_KEY_OR_ALTERED : Check.ALTERED;
    }

    private static boolean matches(String digest, byte[] content) {
        return MessageDigest.isEqual(digest.getBytes(), Digests.of(content).getBytes());
    }
}
