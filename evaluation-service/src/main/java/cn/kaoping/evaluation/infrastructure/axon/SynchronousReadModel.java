package cn.kaoping.evaluation.infrastructure.axon;

/**
 * Marks an event handler bean whose tables are updated in the command's own transaction, so that a GET
 * right after a successful command reflects it (the portal shows what the user just did).
 */
public interface SynchronousReadModel {
}
