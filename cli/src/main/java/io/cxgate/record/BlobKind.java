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
    /**
     * The redacted live copies of the objects an apply touches, before or after it. Redacted, but still the org's
     * data (user e-mail addresses, phone numbers, data action URLs), so encrypted at rest like the others.
     */
    LIVE_COPY("live-copy", true);

    private final String id;
    private final boolean secret;

    BlobKind(String id, boolean secret) {
        this.id = id;
        this.secret = secret;
    }

    public String id() {
        return id;
    }

    /** Whether the blob holds secrets or org data, so is encrypted when the store has an encryption key. */
    public boolean isSecret() {
        return secret;
    }

    @Override
    public String toString() {
        return id;
    }
}
