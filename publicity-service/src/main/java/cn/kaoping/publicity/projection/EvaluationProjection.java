package cn.kaoping.publicity.projection;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFilePreReviewed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ObjectionRaised;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.runtime.directory.DirectoryProjection;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The read model of publicity-service, fed from {@code kaoping.evaluation.events.v1}: the platform's directory of
 * units and officers, rulebook items and thresholds, and one row of facts per case file (its evaluation month and current
 * deduction). Monthly lists are derived from those rows when asked for, never kept as running totals, so
 * a record applied twice changes nothing; the kit records the envelope id of every applied event as well, so
 * a redelivered old event cannot overwrite a newer result.
 */
@ApplicationScoped
public class EvaluationProjection {

    /** Tables of the read model, emptied by a rebuild (published versions, bulletins, the outbox stay). */
    static final List<String> TABLES = List.of("case_file_finding", "case_file", "rulebook_item",
            "rulebook_version");

    @Produces
    @Singleton
    EnvelopeProjection projection() {
        return EnvelopeProjection.named("publicity-evaluation-projection")
                .consumes(EvaluationEvent.class)
                .with(DirectoryProjection::declare)
                .on(RulebookVersionPublished.class, (tx, e, envelope) -> Rulebooks.version(tx, e))
                .on(CaseFileRegistered.class, (tx, e, envelope) ->
                        CaseFileFacts.registered(tx, envelope.id(), e))
                .on(CaseFilePreReviewed.class, (tx, e, envelope) -> CaseFileFacts.touch(tx,
                        envelope.id(), e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), null))
                .on(CaseFileSubmitted.class, (tx, e, envelope) ->
                        CaseFileFacts.submitted(tx, envelope.id(), e))
                .on(SubmissionOverdue.class, (tx, e, envelope) ->
                        CaseFileFacts.submissionOverdue(tx, envelope.id(), e))
                .on(CaseFileReviewed.class, (tx, e, envelope) ->
                        CaseFileFacts.reviewed(tx, envelope.id(), e))
                .on(RectificationOverdue.class, (tx, e, envelope) ->
                        CaseFileFacts.rectificationOverdue(tx, envelope.id(), e))
                .on(CaseFileClosed.class, (tx, e, envelope) -> CaseFileFacts.closed(tx, envelope.id(), e))
                .on(ObjectionRaised.class, (tx, e, envelope) -> CaseFileFacts.touch(tx,
                        envelope.id(), e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), null))
                .on(ObjectionDecided.class, (tx, e, envelope) ->
                        CaseFileFacts.objectionDecided(tx, envelope.id(), e))
                .clears(TABLES.toArray(String[]::new))
                .build();
    }
}
