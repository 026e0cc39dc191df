package cn.kaoping.evaluation.infrastructure.publishing;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.Topics;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.kafka.OutgoingRecord;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * Turns a stored evaluation event into its Kafka record: a CloudEvents envelope on
 * {@link Topics#EVALUATION_EVENTS}, keyed by the aggregate id (the case-file id for case-file events), so that
 * the events of one file share a partition and keep their order.
 *
 * <p>The envelope id is Axon's event identifier: a re-publication after a crash carries the same id, and a
 * consumer can recognise the duplicate. The time is the stored event's timestamp.
 */
public final class EvaluationRecords {

    public static final String SOURCE = "/kaoping/evaluation-service";
    /** Kafka header naming the value's format (CloudEvents structured mode). */
    public static final String CONTENT_TYPE_HEADER = "content-type";

    private EvaluationRecords() {
    }

    public static OutgoingRecord of(EvaluationEvent event, EventMessage<?> message) {
        String subject = message instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : event.subject();
        EventEnvelope envelope = EventEnvelope.wrap(message.getIdentifier(), SOURCE, subject,
                actorOf(event, message.getMetaData()), message.getTimestamp(), event);
        return new OutgoingRecord(Topics.EVALUATION_EVENTS, subject, envelope.toJson(),
                Map.of(CONTENT_TYPE_HEADER, EventEnvelope.CONTENT_TYPE));
    }

    static Actor actorOf(EvaluationEvent event, Map<String, ?> metaData) {
        String id = event.actorId() == null ? EvaluationEvent.SYSTEM_ACTOR : event.actorId();
        if (EvaluationEvent.SYSTEM_ACTOR.equals(id)) {
            // A deadline the aggregate applies itself (overdue at registration) carries the meta-data of the
            // command that caused it, but the system, not that user, is its actor.
            return new Actor(id, null, List.of(Actor.SYSTEM_ROLE));
        }
        Object name = metaData.get(ActorMetaData.NAME);
        return new Actor(id, name == null ? null : name.toString(), rolesOf(metaData.get(ActorMetaData.ROLES)));
    }

    private static List<String> rolesOf(Object roles) {
        if (roles instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        if (roles instanceof String text && !text.isBlank()) {
            return Arrays.stream(text.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        }
        return List.of();
    }
}
