package io.cxgate.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cxgate.files.Digests;
import io.cxgate.identity.Identity;

/**
 * What a command asks the store to append; the store adds seq, id, at, prevHash, hash and mac.
 *
 * @param deploymentId for {@link EntryKind#APPLY_FINISHED} only: the id of its {@code apply-started} entry
 * @param body         the kind's facts; must not have a {@code blobs} member (pass {@code blobs} instead)
 * @param blobs        name → {@code sha256:…} of blobs already {@linkplain RecordStore#putBlob put}; the store
 *                     writes them into the body's {@code blobs} member (omitted when empty)
 */
public record NewEntry(EntryKind kind, String environment, Identity identity, ObjectNode body, Map<String, String> blobs,
                       Optional<String> deploymentId) {
    public NewEntry {
        Objects.requireNonNull(kind, "kind");
        if (environment == null || environment.isBlank()) {
            throw new IllegalArgumentException("environment is blank");
        }
        Objects.requireNonNull(identity, "identity");
        body = Objects.requireNonNull(body, "body").deepCopy();
        if (body.has(Entry.BLOBS)) {
            throw new IllegalArgumentException("body must not have a '" + Entry.BLOBS + "' member: pass blobs");
        }
        blobs = new LinkedHashMap<>(Objects.requireNonNull(blobs, "blobs"));
        blobs.forEach((name, digest) -> {
            if (!Digests.isDigest(digest)) {
                throw new IllegalArgumentException("blob '" + name + "' is not a sha256: digest: " + digest);
            }
        });
        blobs = java.util.Collections.unmodifiableMap(blobs);
        Objects.requireNonNull(deploymentId, "deploymentId");
        if ((kind == EntryKind.APPLY_FINISHED) != deploymentId.isPresent()) {
            throw new IllegalArgumentException("a deployment id goes with apply-finished, and only with it (kind "
                    + kind + ")");
        }
    }

    /** An entry of any kind but {@code apply-finished}, with no blobs. */
    public static NewEntry of(EntryKind kind, String environment, Identity identity, ObjectNode body) {
        return new NewEntry(kind, environment, identity, body, Map.of(), Optional.empty());
    }

    /** An entry of any kind but {@code apply-finished}, referring to blobs. */
    public static NewEntry withBlobs(EntryKind kind, String environment, Identity identity, ObjectNode body,
                                     Map<String, String> blobs) {
        return new NewEntry(kind, environment, identity, body, blobs, Optional.empty());
    }

    /** The {@code apply-finished} of deployment {@code deploymentId} ({@code prod-0007}). */
    public static NewEntry applyFinished(String deploymentId, String environment, Identity identity, ObjectNode body) {
        return new NewEntry(EntryKind.APPLY_FINISHED, environment, identity, body, Map.of(), Optional.of(deploymentId));
    }

    @Override
    public ObjectNode body() {
        return body.deepCopy();
    }
}
