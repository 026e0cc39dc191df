package cn.kaoping.evaluation.support;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** What the event store holds for an aggregate, in its order. */
public final class StoredEvents {

    private final EventStore eventStore;

    public StoredEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<DomainEventMessage<?>> of(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().<DomainEventMessage<?>>map(m -> m).toList();
    }

    public List<Object> payloadsOf(String aggregateId) {
        return of(aggregateId).stream().map(m -> (Object) m.getPayload()).toList();
    }

    public List<String> identifiersOf(String aggregateId) {
        return of(aggregateId).stream().map(DomainEventMessage::getIdentifier).toList();
    }

    /** The payloads of one type. */
    public <T> List<T> payloadsOf(String aggregateId, Class<T> type) {
        return of(aggregateId).stream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).toList();
    }
}
