package cn.kaoping.publicity.projection;

import cn.kaoping.contracts.EventDescriptor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.EventRegistry;
import cn.kaoping.contracts.MalformedEventException;
import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFilePreReviewed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ObjectionRaised;
import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.kafka.Projection;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The read model of publicity-service, fed from {@code kaoping.evaluation.events.v1}: unit and officer names,
 * rulebook items and thresholds, and one row of facts per case file (its evaluation month and current
 * deduction). Monthly lists are derived from those rows when asked for, never kept as running totals, so
 * a record applied twice changes nothing; the envelope id of every applied event is recorded as well, so
 * a redelivered old event cannot overwrite a newer result.
 *
 * <p>A value that is not an envelope, or an evaluation event whose data does not fit its type, throws:
 * the runner sends it to the dead-letter topic. An event type this version does not know (a newer writer)
 * is skipped with a warning.
 */
@ApplicationScoped
public class EvaluationProjection implements Projection {

    private static final Logger LOG = Logger.getLogger(EvaluationProjection.class);
    private static final EventRegistry EVALUATION = EventRegistry.of(List.of(EvaluationEvent.class));

    /** Tables of the read model, emptied by a rebuild. */
    static final List<String> TABLES = List.of("applied_event", "case_file_finding", "case_file", "rulebook_item",
            "rulebook_version", "officer_directory", "unit_directory");

    private final Set<String> unknownTypesSeen = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return "publicity-evaluation-projection";
    }

    @Override
    public void apply(Connection tx, ConsumerRecord<String, String> record) throws Exception {
        EventEnvelope envelope = EventEnvelope.fromJson(record.value());
        Optional<EventDescriptor> descriptor = EVALUATION.find(envelope.type(), envelope.dataschema());
        if (descriptor.isEmpty()) {
            if (unknownTypesSeen.add(envelope.type() + " " + envelope.dataschema())) {
                LOG.warnf("Skipping events of unknown type %s (%s), first at %s-%d@%d", envelope.type(),
                        envelope.dataschema(), record.topic(), record.partition(), record.offset());
            }
            return;
        }
        EvaluationEvent event = (EvaluationEvent) envelope.decode(EVALUATION);
        if (!AppliedEvents.firstTime(tx, envelope.id(), envelope.type(), event.subject())) {
            LOG.debugf("Event %s (%s) was applied before; redelivery ignored", envelope.id(), envelope.type());
            return;
        }
        dispatch(tx, envelope.id(), event);
    }

    private static void dispatch(Connection tx, String eventId, EvaluationEvent event) throws SQLException {
        if (event instanceof UnitRegistered e) {
            Directory.unit(tx, e);
        } else if (event instanceof OfficerRegistered e) {
            Directory.officer(tx, e);
        } else if (event instanceof RulebookVersionPublished e) {
            Rulebooks.version(tx, e);
        } else if (event instanceof CaseFileRegistered e) {
            CaseFileFacts.registered(tx, eventId, e);
        } else if (event instanceof CaseFilePreReviewed e) {
            CaseFileFacts.touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), null);
        } else if (event instanceof CaseFileSubmitted e) {
            CaseFileFacts.submitted(tx, eventId, e);
        } else if (event instanceof SubmissionOverdue e) {
            CaseFileFacts.submissionOverdue(tx, eventId, e);
        } else if (event instanceof CaseFileReviewed e) {
            CaseFileFacts.reviewed(tx, eventId, e);
        } else if (event instanceof RectificationOverdue e) {
            CaseFileFacts.rectificationOverdue(tx, eventId, e);
        } else if (event instanceof CaseFileClosed e) {
            CaseFileFacts.closed(tx, eventId, e);
        } else if (event instanceof ObjectionRaised e) {
            CaseFileFacts.touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), null);
        } else if (event instanceof ObjectionDecided e) {
            CaseFileFacts.objectionDecided(tx, eventId, e);
        } else {
            throw new MalformedEventException("no handler for " + event.getClass().getName());
        }
    }

    @Override
    public void clear(Connection tx) throws SQLException {
        try (Statement statement = tx.createStatement()) {
            statement.execute("TRUNCATE " + String.join(", ", TABLES));
        }
    }
}
