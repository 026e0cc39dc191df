package cn.kaoping.testkit;

import cn.kaoping.contracts.DomainEvent;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import java.time.Instant;
import java.util.List;

/**
 * Feeds envelopes straight into a projection, without Kafka, each in its own transaction as the runner would
 * apply a batch of one: projection rules are then tested in milliseconds against the service's real database.
 * A handler's exception comes out of {@link #apply} (the runner would send the record to the dead-letter topic).
 * A few tests per service still go through the real broker, for the plumbing.
 */
public final class ProjectionHarness {

    private final Db db;
    private final EnvelopeProjection projection;

    public ProjectionHarness(Db db, EnvelopeProjection projection) {
        this.db = db;
        this.projection = projection;
    }

    /** Applies envelopes as they are (applying one twice is a redelivery). */
    public void apply(EventEnvelope... envelopes) {
        for (EventEnvelope envelope : envelopes) {
            try {
                db.useTransaction(tx -> projection.apply(tx, envelope, "harness"));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("projection " + projection.name() + " refused " + envelope.type(), e);
            }
        }
    }

    /** Wraps evaluation events in new envelopes (as evaluation-service publishes them) and applies them. */
    public List<EventEnvelope> evaluation(EvaluationEvent... events) {
        List<EventEnvelope> envelopes = java.util.Arrays.stream(events).map(EventFeed::envelope).toList();
        envelopes.forEach(this::apply);
        return envelopes;
    }

    /** Wraps an event of another service (its outbox's envelope) and applies it. */
    public EventEnvelope event(String subject, Instant time, DomainEvent event) {
        EventEnvelope envelope = EventFeed.envelope(subject, time, event);
        apply(envelope);
        return envelope;
    }

    /** Empties the projection as a rebuild would, so that the same envelopes can be applied again. */
    public void clear() {
        db.useTransaction(projection::clear);
    }
}
