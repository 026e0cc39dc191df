package cn.kaoping.evaluation.infrastructure.readmodels;

import cn.kaoping.runtime.db.Db;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Keeps commands and a rebuild of the read models apart: one PostgreSQL advisory lock, held until the end of
 * the holder's transaction. Every command holds it shared, so commands still run side by side; a rebuild holds
 * it exclusively, so it begins once the running commands have committed, and the commands arriving meanwhile
 * wait until it has committed, then update the rebuilt tables.
 *
 * <p>Why not rely on the table locks that TRUNCATE takes: a command locks the read-model tables one by one as
 * its handlers run, the rebuild locks them all at once, and in another order that is a deadlock, which
 * PostgreSQL breaks by failing one of the two. Both take this lock first, before touching any table.
 */
@Singleton
public class ReadModelLock {

    /** The advisory lock's key ("kaopinge" in ASCII), unique in this service's database. */
    public static final long KEY = 0x6b616f70696e6765L;

    private final Db db;
    private final TransactionSynchronizationRegistry transactions;

    ReadModelLock(Db db, TransactionSynchronizationRegistry transactions) {
        this.db = db;
        this.transactions = transactions;
    }

    /** For a command: waits while a rebuild runs. */
    public void holdShared() {
        hold("select true from pg_advisory_xact_lock_shared(:key)");
    }

    /** For a rebuild: waits for the running commands, and holds off new ones. */
    public void holdExclusively() {
        hold("select true from pg_advisory_xact_lock(:key)");
    }

    private void hold(String sql) {
        // Outside a transaction the statement would commit at once and release the lock at once.
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("the read-model lock is held for a transaction, and none is active");
        }
        // On a handle of the active transaction's connection (Agroal enlists it): the lock lasts until it ends.
        db.useHandle(handle -> handle.createQuery(sql).bind("key", KEY).mapTo(Boolean.class).one());
    }
}
