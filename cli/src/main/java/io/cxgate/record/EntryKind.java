package io.cxgate.record;

import java.util.Arrays;
import java.util.Optional;

/** What an entry records; {@link #id()} is the {@code kind} written in the entry. */
public enum EntryKind {
    APPROVAL("approval"),
    APPLY_STARTED("apply-started"),
    APPLY_FINISHED("apply-finished"),
    UNLOCK("unlock"),
    STATE_RESTORE("state-restore"),
    DRIFT_CHECK("drift-check");

    private final String id;

    EntryKind(String id) {
        this.id = id;
    }

    /** The kind as written in entries and ids ({@code apply-started}). */
    public String id() {
        return id;
    }

    /** Whether entries of this kind carry a deployment id ({@code <env>-<NNNN>}) rather than {@code <kind>-<seq>}. */
    public boolean isDeployment() {
        return this == APPLY_STARTED || this == APPLY_FINISHED;
    }

    public static Optional<EntryKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
