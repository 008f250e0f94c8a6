package io.cxgate.record;

import java.util.Objects;
import java.util.Optional;

/**
 * Which entries to read: every filter that is set must match. Results come in chain order (ascending seq).
 *
 * @param environment only this environment's entries
 * @param kind        only entries of this kind
 * @param id          only entries with this id (a deployment id matches its apply-started and apply-finished)
 */
public record EntryQuery(Optional<String> environment, Optional<EntryKind> kind, Optional<String> id) {
    public EntryQuery {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /** Every entry. */
    public static EntryQuery all() {
        return new EntryQuery(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public EntryQuery environment(String environment) {
        return new EntryQuery(Optional.of(environment), kind, id);
    }

    public EntryQuery kind(EntryKind kind) {
        return new EntryQuery(environment, Optional.of(kind), id);
    }

    public EntryQuery id(String id) {
        return new EntryQuery(environment, kind, Optional.of(id));
    }

    /** Whether {@code entry} passes every filter set. */
    public boolean matches(Entry entry) {
        return environment.map(entry.environment()::equals).orElse(true)
                && kind.map(k -> k == entry.kind()).orElse(true)
                && id.map(entry.id()::equals).orElse(true);
    }
}
