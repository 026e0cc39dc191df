package cn.kaoping.evaluation.query;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A read-model statement failed. Thrown inside a command's transaction it rolls the command back; a unique
 * constraint that failed (a race the check before the command could not see) is named by
 * {@link #violatedUniqueConstraint(Throwable)}.
 */
public class ReadModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String UNIQUE_VIOLATION = "23505";

    public ReadModelException(String sql, SQLException cause) {
        super("read model statement failed: " + cause.getMessage() + " [" + sql.strip() + "]", cause);
    }

    /** The unique constraint that a failure (anywhere in its causes) violated, if that is what it is. */
    public static Optional<String> violatedUniqueConstraint(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState()) && e instanceof PSQLException psql) {
                        ServerErrorMessage message = psql.getServerErrorMessage();
                        if (message != null && message.getConstraint() != null) {
                            return Optional.of(message.getConstraint());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
