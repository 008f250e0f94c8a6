package io.cxgate.gate;

import java.time.Instant;
import java.util.Objects;

import io.cxgate.record.Entry;

/**
 * One approval as the records store holds it, for one bundle digest and environment.
 *
 * @param entryId the store entry's id ({@code approval-12})
 */
public record GivenApproval(String entryId, String identity, String group, Instant at, String comment) {
    public GivenApproval {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(at, "at");
    }

    /** Reads an {@code approval} entry (body: bundleDigest, group, comment). */
    public static GivenApproval of(Entry entry) {
        return new GivenApproval(entry.id(), entry.identity(), entry.bodyText(GROUP).orElse(""), entry.at(),
                entry.bodyText(COMMENT).orElse(null));
    }

    public static final String BUNDLE_DIGEST = "bundleDigest";
    public static final String GROUP = "group";
    public static final String COMMENT = "comment";
}
