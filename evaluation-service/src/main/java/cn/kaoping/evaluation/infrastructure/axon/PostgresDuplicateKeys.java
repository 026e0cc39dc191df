package cn.kaoping.evaluation.infrastructure.axon;

import cn.kaoping.evaluation.query.Constraints;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append failed on a unique key (SQLSTATE 23505): another command appended the same
 * sequence number of the aggregate first. Axon then throws its ConcurrencyException (HTTP 409). Axon's own
 * JDBC resolver looks for SQLIntegrityConstraintViolationException, which the PostgreSQL driver never throws.
 */
final class PostgresDuplicateKeys implements PersistenceExceptionResolver {

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return Constraints.isUniqueViolation(exception);
    }
}
