package cn.kaoping.runtime.outbox;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.DomainEvent;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.EventRegistry;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A service's own events are written to the {@code outbox} table in the transaction that decides them, so they
 * exist exactly when the decision does; {@link OutboxRelay} sends them to the event's topic. The topic follows
 * from the event's type (its sealed interface), the key is the envelope's subject.
 *
 * <p>An event Kafka could never accept (larger than the relay's producer may send) is refused here, before it is
 * written: the command fails with 400 {@code EVENT_TOO_LARGE} and its transaction rolls back, so nothing is decided
 * that could not be announced. The request limits ({@code cn.kaoping.web.request.Limits}) keep every command far
 * below this; this is the last line, should a limit be too generous.
 */
@ApplicationScoped
public class Outbox {

    /**
     * Bytes kept free in a record beside its value: the key (an id, at most 255 characters), the content-type header
     * and the record batch's framing (about 100 bytes). Generous, so that a value under the limit is always sent.
     */
    public static final int RECORD_OVERHEAD = 4096;

    private final OutboxSettings settings;
    private final OutboxRelay relay;

    Outbox(OutboxSettings settings, OutboxRelay relay) {
        this.settings = settings;
        this.relay = relay;
    }

    /**
     * Adds an event to the transaction's outbox; returns its envelope (whose id consumers de-duplicate by).
     *
     * @throws DomainException {@code EVENT_TOO_LARGE} (400) when the envelope could not be published; nothing is written
     */
    public EventEnvelope add(Handle tx, String subject, Actor actor, Instant time, DomainEvent event) {
        EventEnvelope envelope = EventEnvelope.wrap(settings.source(), subject, actor, time, event);
        String payload = envelope.toJson();
        refuseTooLarge(subject, envelope, payload);
        tx.createUpdate("""
                        INSERT INTO outbox (event_id, topic, record_key, payload)
                        VALUES (:id, :topic, :key, :payload)""")
                .bind("id", envelope.id())
                .bind("topic", EventRegistry.describe(event).topic())
                .bind("key", subject)
                .bind("payload", payload)
                .execute();
        return envelope;
    }

    /** The largest serialized envelope (UTF-8 bytes) this outbox accepts. */
    public int maxEnvelopeBytes() {
        return settings.maxRequestSize() - RECORD_OVERHEAD;
    }

    private void refuseTooLarge(String subject, EventEnvelope envelope, String payload) {
        int limit = maxEnvelopeBytes();
        // A UTF-8 byte is at most 3 per char of a String (4 per surrogate pair): count only when it might matter.
        if (payload.length() * 3L <= limit) {
            return;
        }
        int bytes = payload.getBytes(StandardCharsets.UTF_8).length
                + (subject == null ? 0 : subject.getBytes(StandardCharsets.UTF_8).length);
        if (bytes > limit) {
            throw DomainException.invalid(OutboxError.EVENT_TOO_LARGE, List.<FieldError>of(), envelope.type(),
                    bytes, limit);
        }
    }

    /** Asks the relay to send at once (call after the commit; it also polls by itself). */
    public void flushSoon() {
        relay.wakeUp();
    }
}
