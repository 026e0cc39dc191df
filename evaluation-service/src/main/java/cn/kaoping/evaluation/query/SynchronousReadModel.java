package cn.kaoping.evaluation.query;

import java.util.List;

/**
 * Marks an event handler bean whose tables are updated in the command's own transaction, so that a GET
 * right after a successful command reflects it (the portal shows what the user just did).
 *
 * <p>The wiring ({@code infrastructure.axon.AxonSetup}) registers every CDI bean implementing this interface on
 * the subscribing processor {@code read-models}: do not register it again through an {@code AxonModule} (it would
 * handle each event twice). Make it {@code @Singleton} (no client proxy). Its handlers write through
 * {@code Db.useHandle/withHandle}, never {@code inTransaction}: the connection is the command's JTA transaction's,
 * which commits or rolls back the events and every read model together. A handler that throws rolls the whole
 * command back, events included.
 *
 * <p>It lives on the read side, not with the wiring, so that read models depend on no plumbing.
 *
 * <p>A rebuild ({@code ReadModelRebuild}) empties the {@link #tables()} of every read model and replays the whole
 * event store through the same handlers: whatever a table holds must follow from the events alone.
 */
public interface SynchronousReadModel {

    /** The tables this read model fills from the events (none for a model that keeps nothing in the database). */
    List<String> tables();

    /**
     * In the rebuild's transaction, before the tables are emptied: keep aside what the events do not give back
     * (none by default).
     */
    default void beforeRebuild() {
    }

    /** In the rebuild's transaction, after every event has been replayed: restore what was kept aside. */
    default void afterRebuild() {
    }
}
