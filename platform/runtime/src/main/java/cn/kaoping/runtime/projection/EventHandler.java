package cn.kaoping.runtime.projection;

import cn.kaoping.contracts.DomainEvent;
import cn.kaoping.contracts.EventEnvelope;
import org.jdbi.v3.core.Handle;

/**
 * Applies one type of event to a projection's tables, inside the batch transaction of the runner: do not commit,
 * roll back or close {@code tx}. An exception sends the record to the dead-letter topic (its writes are undone).
 */
@FunctionalInterface
public interface EventHandler<E extends DomainEvent> {

    void apply(Handle tx, E event, EventEnvelope envelope) throws Exception;
}
