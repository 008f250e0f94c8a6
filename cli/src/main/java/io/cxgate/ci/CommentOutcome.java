package io.cxgate.ci;

/** What {@code cxgate comment} did; each is exit 0. */
public sealed interface CommentOutcome {
    /** The one-line result printed on stdout. */
    String line();

    record Created(String where, String environment, int characters) implements CommentOutcome {
        @Override
        public String line() {
            return "cxgate: comment for " + environment + " created on " + where + " (" + characters + " characters)";
        }
    }

    record Updated(String where, String environment, int characters) implements CommentOutcome {
        @Override
        public String line() {
            return "cxgate: comment for " + environment + " updated on " + where + " (" + characters + " characters)";
        }
    }

    record Unchanged(String where, String environment) implements CommentOutcome {
        @Override
        public String line() {
            return "cxgate: comment for " + environment + " on " + where + " is already up to date";
        }
    }

    record NotInMergeRequest(String notice) implements CommentOutcome {
        @Override
        public String line() {
            return "cxgate: " + notice;
        }
    }
}
