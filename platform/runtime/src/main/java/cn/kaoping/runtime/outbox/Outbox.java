package cn.kaoping.runtime.outbox;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.DomainEvent;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.EventRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * A service's own events are written to the {@code outbox} table in the transaction that decides them, so they
 * exist exactly when the decision does; {@link OutboxRelay} sends them to the event's topic. The topic follows
 * from the event's type (its sealed interface), the key is the envelope's subject.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxSettings settings;
    private final OutboxRelay relay;

    Outbox(OutboxSettings settings, OutboxRelay relay) {
        this.settings = settings;
        this.relay = relay;
    }

    /** Adds an event to the transaction's outbox; returns its envelope (whose id consumers de-duplicate by). */
    public EventEnvelope add(Handle tx, String subject, Actor actor, Instant time, DomainEvent event) {
        EventEnvelope envelope = EventEnvelope.wrap(settings.source(), subject, actor, time, event);
        tx.createUpdate("""
                        INSERT INTO outbox (event_id, topic, record_key, payload)
                        VALUES (:id, :topic, :key, :payload)""")
                .bind("id", envelope.id())
                .bind("topic", EventRegistry.describe(event).topic())
                .bind("key", subject)
                .bind("payload", envelope.toJson())
                .execute();
        return envelope;
    }

    /** Asks the relay to send at once (call after the commit; it also polls by itself). */
    public void flushSoon() {
        relay.wakeUp();
    }
}
