package cn.kaoping.evaluation.infrastructure.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Axon has no JTA bridge: this runs Axon's units of work in Quarkus' (Narayana) transactions, so the event
 * store append, the synchronous read models and the deadline rows commit together on one connection.
 * A unit of work that starts inside a running transaction (a nested unit of work of the read-model processor,
 * or Axon's own {@code executeInTransaction} around an append) joins it and leaves commit and rollback to its
 * owner; a failure in it reaches the owner as an exception and rolls everything back there.
 */
final class JtaTransactionManager implements TransactionManager {

    private final jakarta.transaction.TransactionManager jta;

    JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return JOINED;
            }
            jta.begin();
            return new Owned();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a transaction", e);
        }
    }

    private static final Transaction JOINED = new Transaction() {
        @Override
        public void commit() {
        }

        @Override
        public void rollback() {
        }
    };

    private final class Owned implements Transaction {
        @Override
        public void commit() {
            try {
                if (jta.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                    jta.rollback();
                    throw new IllegalStateException("transaction was marked for rollback");
                }
                jta.commit();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("commit failed", e);
            }
        }

        @Override
        public void rollback() {
            try {
                if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    jta.rollback();
                }
            } catch (IllegalStateException alreadyEnded) {
                // Ended meanwhile (e.g. rolled back by the transaction reaper after a timeout): nothing to undo.
            } catch (SystemException e) {
                throw new IllegalStateException("rollback failed", e);
            }
        }
    }
}
