package cn.kaoping.evaluation.infrastructure.axon;

import java.util.List;

/**
 * Marks an event handler bean whose tables are updated in the command's own transaction, so that a GET
 * right after a successful command reflects it (the portal shows what the user just did).
 *
 * <p>{@link AxonSetup} registers every CDI bean implementing this interface on the subscribing processor
 * {@link AxonSetup#READ_MODEL_PROCESSOR}: do not register it again through an {@link AxonModule} (it would
 * handle each event twice). Make it {@code @Singleton} (no client proxy). A handler that throws rolls the whole
 * command back, events included.
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
