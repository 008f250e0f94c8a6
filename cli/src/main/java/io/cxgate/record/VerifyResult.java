package io.cxgate.record;

import java.util.Objects;
import java.util.Optional;

/** What {@link RecordStore#verify} found: an intact chain, or the first bad entry. */
public sealed interface VerifyResult permits VerifyResult.Intact, VerifyResult.Broken {

    enum Outcome { INTACT, BROKEN }

    Outcome outcome();

    /**
     * Every entry, link, MAC (when checked) and blob is as written.
     *
     * @param count       entries in the chain
     * @param head        {@code sha256:<hash>} of the newest entry; empty for an empty store
     * @param macsChecked false when the store has no signing key, so a consistent rewrite would pass
     * @param blobs       blobs checked
     */
    record Intact(long count, Optional<String> head, boolean macsChecked, long blobs) implements VerifyResult {
        public Intact {
            Objects.requireNonNull(head, "head");
        }

        @Override
        public Outcome outcome() {
            return Outcome.INTACT;
        }
    }

    /**
     * The chain is not as written.
     *
     * @param seq     the first bad entry's position (0 when the fault is not one entry's, e.g. {@code --head} not found)
     * @param id      its id as stored, empty when there is none
     * @param problem what is wrong ({@code body or columns edited: hash does not match}), one line
     */
    record Broken(long seq, Optional<String> id, Problem problem, String detail) implements VerifyResult {
        public Broken {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public Outcome outcome() {
            return Outcome.BROKEN;
        }

        /** {@code entry prod-0007 (seq 12): edited: …}: the one line {@code records verify} prints. */
        public String describe() {
            String where = seq == 0 ? "chain" : "entry " + id.orElse("?") + " (seq " + seq + ")";
            return where + ": " + problem.text() + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    /** The kinds of damage verify tells apart. */
    enum Problem {
        EDITED("edited (its hash does not match its contents)"),
        MISSING("an entry before it is missing"),
        REORDERED("out of order (its prevHash is not the previous entry's hash)"),
        BAD_MAC("bad MAC (not written with this signing key)"),
        MISSING_MAC("no MAC although the store is signed"),
        MISSING_BLOB("refers to a blob the store lacks"),
        ALTERED_BLOB("refers to a blob whose content does not match its digest"),
        UNREADABLE("unreadable"),
        HEAD_NOT_FOUND("the given head is not in the chain (newest entries removed, or an older copy restored)");

        private final String text;

        Problem(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
