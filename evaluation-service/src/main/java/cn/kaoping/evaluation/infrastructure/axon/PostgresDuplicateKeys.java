package cn.kaoping.evaluation.infrastructure.axon;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append failed on a unique key (SQLSTATE 23505): another command appended the same
 * sequence number of the aggregate first. Axon then throws its ConcurrencyException (HTTP 409). Axon's own
 * JDBC resolver looks for SQLIntegrityConstraintViolationException, which the PostgreSQL driver never throws.
 */
final class PostgresDuplicateKeys implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
