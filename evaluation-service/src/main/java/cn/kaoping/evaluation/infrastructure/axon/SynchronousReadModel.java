package cn.kaoping.evaluation.infrastructure.axon;

/**
 * Marks an event handler bean whose tables are updated in the command's own transaction, so that a GET
 * right after a successful command reflects it (the portal shows what the user just did).
 *
 * <p>{@link AxonSetup} registers every CDI bean implementing this interface on the subscribing processor
 * {@link AxonSetup#READ_MODEL_PROCESSOR}: do not register it again through an {@link AxonModule} (it would
 * handle each event twice). Make it {@code @Singleton} (no client proxy). A handler that throws rolls the whole
 * command back, events included.
 */
public interface SynchronousReadModel {
}
