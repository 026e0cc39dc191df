package cn.kaoping.incentive.projection;

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
import cn.kaoping.contracts.publicity.BulletinPublished;
import cn.kaoping.contracts.publicity.CommentaryPublished;
import cn.kaoping.contracts.publicity.MonthlyListPublished;
import cn.kaoping.contracts.publicity.PublicityEvent;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.contracts.supervision.AccountabilityCaseOpened;
import cn.kaoping.contracts.supervision.AccountabilityDecided;
import cn.kaoping.contracts.supervision.AccountabilityDecisionRevised;
import cn.kaoping.contracts.supervision.AccountabilityOpinionIssued;
import cn.kaoping.contracts.supervision.SupervisionEvent;
import cn.kaoping.contracts.supervision.TrackingItemOpened;
import cn.kaoping.contracts.supervision.TrackingItemOverdue;
import cn.kaoping.contracts.supervision.TrackingItemResolved;
import cn.kaoping.contracts.training.ExamOutcomeRecorded;
import cn.kaoping.contracts.training.NominationExcused;
import cn.kaoping.contracts.training.OfficerNominated;
import cn.kaoping.contracts.training.RotationTrainingRecorded;
import cn.kaoping.contracts.training.SelectionConfirmed;
import cn.kaoping.contracts.training.TrainingEvent;
import cn.kaoping.runtime.directory.DirectoryProjection;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The read model of incentive-service: case files' results (evaluation), red cards of published lists (publicity),
 * confirmed ten-best files and rotation training (training), accountability outcomes (supervision), the rulebook's
 * rotation minimum, and the directory. Every table is emptied and replayed by a rebuild; scheme versions, allocations
 * and rankings are the service's own decisions and are not.
 */
@ApplicationScoped
public class IncentiveProjection {

    /** The projection's own tables (a rebuild empties them). */
    static final String[] TABLES = {"case_file_fact", "ten_best_file", "published_list", "red_card",
            "accountability_outcome", "rotation_training", "rulebook_rotation"};

    @Produces
    @Singleton
    EnvelopeProjection projection() {
        return EnvelopeProjection.named("incentive-projection")
                .consumes(EvaluationEvent.class)
                .consumes(PublicityEvent.class)
                .consumes(TrainingEvent.class)
                .consumes(SupervisionEvent.class)
                .with(DirectoryProjection::declare)
                .on(RulebookVersionPublished.class, (tx, e, env) -> StreamRows.rulebook(tx, e))
                .on(CaseFileRegistered.class, (tx, e, env) -> CaseFileRows.registered(tx, e))
                .on(CaseFileSubmitted.class, (tx, e, env) -> CaseFileRows.submitted(tx, e))
                .on(SubmissionOverdue.class, (tx, e, env) -> CaseFileRows.submissionOverdue(tx, e))
                .on(CaseFileReviewed.class, (tx, e, env) -> {
                    CaseFileRows.touch(tx, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(),
                            e.coHandlerIds());
                    CaseFileRows.card(tx, e.caseFileId(), e.evaluationMonth(), e.card(), e.occurredAt());
                })
                .on(RectificationOverdue.class, (tx, e, env) -> {
                    CaseFileRows.touch(tx, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(),
                            e.coHandlerIds());
                    CaseFileRows.card(tx, e.caseFileId(), e.evaluationMonth(), e.card(), e.occurredAt());
                })
                .on(ObjectionDecided.class, (tx, e, env) -> {
                    CaseFileRows.touch(tx, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(),
                            e.coHandlerIds());
                    CaseFileRows.card(tx, e.caseFileId(), e.evaluationMonth(), e.card(), e.occurredAt());
                })
                .on(CaseFileClosed.class, (tx, e, env) -> CaseFileRows.closed(tx, e))
                .ignore(CaseFilePreReviewed.class, ObjectionRaised.class)
                .on(MonthlyListPublished.class, (tx, e, env) -> StreamRows.listPublished(tx, e))
                .on(RedCardIssued.class, (tx, e, env) -> StreamRows.redCard(tx, e))
                .ignore(BulletinPublished.class, CommentaryPublished.class)
                .on(SelectionConfirmed.class, (tx, e, env) -> StreamRows.selection(tx, e))
                .on(RotationTrainingRecorded.class, (tx, e, env) -> StreamRows.rotation(tx, e))
                .ignore(OfficerNominated.class, NominationExcused.class, ExamOutcomeRecorded.class)
                .on(AccountabilityDecided.class, (tx, e, env) -> StreamRows.decided(tx, e))
                .on(AccountabilityDecisionRevised.class, (tx, e, env) -> StreamRows.revised(tx, e))
                .ignore(TrackingItemOpened.class, TrackingItemResolved.class, TrackingItemOverdue.class,
                        AccountabilityCaseOpened.class, AccountabilityOpinionIssued.class)
                .clears(TABLES)
                .build();
    }
}
