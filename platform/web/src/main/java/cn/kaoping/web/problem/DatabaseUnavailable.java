package cn.kaoping.web.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure that comes from the database being away (restarting, refusing connections, its pool unable to
 * hand one out) from a bug. The first is a 503 the portal may retry; only the second is a 500 with an incident id.
 * The SQL states are the standard's connection-exception class {@code 08} and PostgreSQL's operator-intervention
 * states {@code 57P01}-{@code 57P03} (admin shutdown, crash shutdown, cannot connect now).
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
