package io.cxgate.rollback;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.cxgate.config.EnvironmentContext;
import io.cxgate.record.Entry;
import io.cxgate.record.RecordStore;

/**
 * The objects a rollback overwrites although nobody deployed them: those whose live state changed after the
 * restored deployment (edited in the UI). Finding them needs the live pre-change copies apply stores with org access
 * (blobs {@code liveCopiesAfter} of {@code apply-finished}): {@link LiveEditsSince}; {@link #NONE} names nothing.
 */
@FunctionalInterface
public interface EditedSince {
    /** Finds nothing: no live copies are compared. */
    EditedSince NONE = (context, store, restored, later) -> Edits.NONE;

    /**
     * @param objects    labels of the objects edited since (redacted), newest deployment first
     * @param notChecked why the org could not be compared, when it could not (the objects are then not all known)
     */
    record Edits(List<String> objects, Optional<String> notChecked) {
        public static final Edits NONE = new Edits(List.of(), Optional.empty());

        public Edits {
            objects = List.copyOf(objects);
            Objects.requireNonNull(notChecked, "notChecked");
        }
    }

    /**
     * @param context  the environment rolled back (its org access, credentials and redactor)
     * @param restored the {@code apply-started} entry of the deployment whose configuration is restored
     * @param later    the {@code apply-started} entries after it, oldest first
     * @return the objects edited since, and why the org could not be compared when it could not
     */
    Edits find(EnvironmentContext context, RecordStore store, Entry restored, List<Entry> later);
}
