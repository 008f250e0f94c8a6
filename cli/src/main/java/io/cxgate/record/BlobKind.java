package io.cxgate.record;

/**
 * What a blob holds, which decides whether it is secret-bearing: secret-bearing blobs are encrypted at rest
 * (AES-256-GCM) when {@code records.encryptionKeyEnv} is set, and no command renders a state snapshot.
 */
public enum BlobKind {
    /** {@code terraform state pull} before an apply: holds every sensitive value terraform knows. */
    STATE_SNAPSHOT("state-snapshot", true),
    /** tar.gz of the configuration and the environment's var files and backend config (tfvars). */
    CONFIGURATION_ARCHIVE("configuration-archive", true),
    /** A redacted live copy of objects the plan touches, as the org had them before the change. */
    LIVE_COPY("live-copy", false);

    private final String id;
    private final boolean secret;

    BlobKind(String id, boolean secret) {
        this.id = id;
        this.secret = secret;
    }

    public String id() {
        return id;
    }

    /** Whether the blob holds secrets, so is encrypted when the store has an encryption key. */
    public boolean isSecret() {
        return secret;
    }

    @Override
    public String toString() {
        return id;
    }
}
