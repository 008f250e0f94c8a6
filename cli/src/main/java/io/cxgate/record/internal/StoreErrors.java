package io.cxgate.record.internal;

import java.sql.SQLException;

import io.cxgate.CxgateException;

/** SQL failures as one line that names the store and says what to do; never a login or key. */
final class StoreErrors {
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private StoreErrors() {
    }

    static CxgateException failure(StoreLocation location, String step, SQLException e) {
        String where = "records store " + location.display();
        if (location.dialect() == Dialect.SQLITE) {
            switch (e.getErrorCode() & 0xff) {
                case SQLITE_BUSY:
                case SQLITE_LOCKED:
                    return new CxgateException(where + " is busy: another process held its lock for more than "
                            + StoreOpener.SQLITE_BUSY_SECONDS + " s (" + step + "); try again when it has finished", e);
                case SQLITE_NOTADB:
                    return new CxgateException(where + " is not a SQLite database: point records.url at another file",
                            e);
                case SQLITE_CANTOPEN:
                    return new CxgateException(where + " cannot be opened (" + step + "): check the path and its permissions", e);
                case SQLITE_READONLY:
                    return new CxgateException(where + " is read-only (" + step + "): cxgate must be able to write it", e);
                default:
                    break;
            }
        } else {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("08")) {
                return new CxgateException(where + ": cannot reach PostgreSQL at " + location.hostPort() + " ("
                        + rootMessage(e) + ")", e);
            }
            if (state.startsWith("28")) {
                return new CxgateException(where + ": PostgreSQL at " + location.hostPort() + " refused the login ("
                        + rootMessage(e) + "): check the variables records.userEnv and records.passwordEnv name", e);
            }
            if (state.equals("3D000")) {
                return new CxgateException(where + ": PostgreSQL at " + location.hostPort() + " has no such database ("
                        + rootMessage(e) + "): create it first", e);
            }
        }
        return new CxgateException(where + ": " + step + " failed: " + rootMessage(e), e);
    }

    /** The failure's own message on one line, else its cause's, else its type. */
    static String rootMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().replace('\n', ' ').replace('\r', ' ').strip();
            }
        }
        return e.getClass().getSimpleName();
    }
}
