package cn.kaoping.evaluation.query;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The unique constraints of the read models (V2, V3) that guard business keys against racing requests, and the
 * one place that recognises a unique violation (SQLSTATE 23505) in a failure: JDBI wraps the driver's
 * {@link SQLException} in its own statement exception, Axon wraps that again, so the cause chain is searched.
 */
public final class Constraints {

    public static final String UNIT_CODE = "units_code_unique";
    public static final String POLICE_NUMBER = "officers_police_number_unique";
    public static final String CASE_NUMBER = "case_files_case_number_unique";

    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {
    }

    /** Whether a unique key refused a statement somewhere in the failure's causes. */
    public static boolean isUniqueViolation(Throwable failure) {
        return uniqueViolation(failure).isPresent();
    }

    /** The unique constraint that a failure (anywhere in its causes) violated, if PostgreSQL named it. */
    public static Optional<String> violatedUniqueConstraint(Throwable failure) {
        return uniqueViolation(failure)
                .filter(PSQLException.class::isInstance)
                .map(e -> ((PSQLException) e).getServerErrorMessage())
                .map(ServerErrorMessage::getConstraint);
    }

    private static Optional<SQLException> uniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return Optional.of(e);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
