package cn.kaoping.publicity.outbox;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.Topics;
import cn.kaoping.contracts.publicity.PublicityEvent;
import cn.kaoping.publicity.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Events of publicity-service are written to the {@code outbox} table in the transaction that decides them
 * (a publication), so they exist exactly when the decision does; {@link OutboxRelay} sends them to Kafka.
 */
@ApplicationScoped
public class Outbox {

    public static final String SOURCE = "/kaoping/publicity-service";

    private final OutboxRelay relay;

    public Outbox(OutboxRelay relay) {
        this.relay = relay;
    }

    /** Adds an event (CloudEvents envelope, keyed by subject) to the transaction's outbox. */
    public EventEnvelope add(Connection tx, String subject, Actor actor, Instant time, PublicityEvent event)
            throws SQLException {
        EventEnvelope envelope = EventEnvelope.wrap(SOURCE, subject, actor, time, event);
        Sql.update(tx, "INSERT INTO outbox (event_id, topic, record_key, payload) VALUES (?, ?, ?, ?)",
                envelope.id(), Topics.PUBLICITY_EVENTS, subject, envelope.toJson());
        return envelope;
    }

    /** Asks the relay to send at once (call after the commit). */
    public void flushSoon() {
        relay.wakeUp();
    }
}
