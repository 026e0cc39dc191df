package cn.kaoping.supervision.projection;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFilePreReviewed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.ClosingReason;
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
import cn.kaoping.contracts.training.ExamOutcome;
import cn.kaoping.contracts.training.ExamOutcomeRecorded;
import cn.kaoping.contracts.training.NominationExcused;
import cn.kaoping.contracts.training.OfficerNominated;
import cn.kaoping.contracts.training.RotationTrainingRecorded;
import cn.kaoping.contracts.training.SelectedFile;
import cn.kaoping.contracts.training.SelectionConfirmed;
import cn.kaoping.contracts.training.TrainingEvent;
import cn.kaoping.runtime.directory.DirectoryProjection;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Handle;

/**
 * The projection of the evaluation, publicity and training streams: facts of files, red cards, ten-worst files
 * and failed exams (emptied and replayed by a rebuild), and, from them, the automatic tracking items (S1) and
 * accountability proposals (S2). The items live in the service's own tables keyed by subject and reason, so a
 * redelivery, a re-published month or a rebuild opens and publishes nothing twice.
 */
@ApplicationScoped
public class SupervisionProjection {

    static final String[] TABLES = {"sv_case_file", "sv_red_card", "sv_ten_worst", "sv_failed_exam", "sv_rulebook",
            "sv_proposal"};

    private final AutomaticTracking tracking;

    SupervisionProjection(AutomaticTracking tracking) {
        this.tracking = tracking;
    }

    @Produces
    @Singleton
    EnvelopeProjection projection() {
        return EnvelopeProjection.named("supervision-projection")
                .consumes(EvaluationEvent.class)
                .consumes(PublicityEvent.class)
                .consumes(TrainingEvent.class)
                .with(DirectoryProjection::declare)
                .on(RulebookVersionPublished.class, (h, e, env) -> ProposalRules.rulebook(h, e))
                .on(CaseFileRegistered.class, (h, e, env) ->
                        CaseFileFacts.identify(h, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId()))
                .on(SubmissionOverdue.class, (h, e, env) -> {
                    CaseFileFacts.identify(h, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId());
                    CaseFileFacts.month(h, e.caseFileId(), e.evaluationMonth());
                    CaseFileFacts.submissionOverdue(h, e.caseFileId());
                })
                .on(CaseFileReviewed.class, (h, e, env) -> reviewed(h, e))
                .on(RectificationOverdue.class, this::rectificationOverdue)
                .on(CaseFileClosed.class, this::closed)
                .on(ObjectionDecided.class, (h, e, env) -> {
                    CaseFileFacts.identify(h, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId());
                    CaseFileFacts.card(h, e.caseFileId(), e.caseNumber(), e.card());
                })
                .on(RedCardIssued.class, this::redCard)
                .on(SelectionConfirmed.class, this::selection)
                .on(ExamOutcomeRecorded.class, (h, e, env) -> exam(h, e))
                .ignore(CaseFilePreReviewed.class, CaseFileSubmitted.class, ObjectionRaised.class,
                        MonthlyListPublished.class, BulletinPublished.class, CommentaryPublished.class,
                        OfficerNominated.class, NominationExcused.class, RotationTrainingRecorded.class)
                .clears(TABLES)
                .build();
    }

    private static void reviewed(Handle h, CaseFileReviewed e) {
        CaseFileFacts.identify(h, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId());
        CaseFileFacts.month(h, e.caseFileId(), e.evaluationMonth());
        CaseFileFacts.card(h, e.caseFileId(), e.caseNumber(), e.card());
        if (e.round() == 1 && e.rectificationDueOn() != null) {
            CaseFileFacts.rectificationDue(h, e.caseFileId(), e.rectificationDueOn());
        }
        if (e.round() == 2) {
            CaseFileFacts.roundTwo(h, e.caseFileId(), e.unrectifiedFindingIds().size());
        }
    }

    /** 拒不整改: a key-file item, and a proposal when the rulebook says so. */
    private void rectificationOverdue(Handle h, RectificationOverdue e, EventEnvelope envelope) {
        CaseFileFacts.identify(h, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId());
        CaseFileFacts.month(h, e.caseFileId(), e.evaluationMonth());
        CaseFileFacts.card(h, e.caseFileId(), e.caseNumber(), e.card());
        CaseFileFacts.rectificationDue(h, e.caseFileId(), e.rectificationDueOn());
        CaseFileFacts.refused(h, e.caseFileId());
        tracking.refusedRectification(h, e, envelope);
        ProposalRules.refusedRectification(h, e, envelope.time());
    }

    /** S1: closed with every round-one finding rectified (or every finding withdrawn): its items resolve. */
    private void closed(Handle h, CaseFileClosed e, EventEnvelope envelope) {
        CaseFileFacts.identify(h, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId());
        boolean rectified = e.reason() == ClosingReason.ALL_FINDINGS_WITHDRAWN
                || e.reason() == ClosingReason.ROUND_TWO_REVIEWED && !e.overdueRectification()
                && CaseFileFacts.unrectified(h, e.caseFileId()) == 0;
        CaseFileFacts.closed(h, e.caseFileId(), rectified, e.totalDeduction());
        if (rectified) {
            tracking.fileRectified(h, e, envelope);
        }
    }

    private void redCard(Handle h, RedCardIssued e, EventEnvelope envelope) {
        h.createUpdate("""
                        INSERT INTO sv_red_card (officer_id, month, list_version, unit_id, average_deduction,
                                                 files_evaluated, problem_file_ids)
                        VALUES (:officer, :month, :version, :unit, :avg, :files, :problems)
                        ON CONFLICT (officer_id, month) DO UPDATE SET list_version = EXCLUDED.list_version,
                            unit_id = EXCLUDED.unit_id, average_deduction = EXCLUDED.average_deduction,
                            files_evaluated = EXCLUDED.files_evaluated, problem_file_ids = EXCLUDED.problem_file_ids
                         WHERE sv_red_card.list_version <= EXCLUDED.list_version""")
                .bind("officer", e.officerId()).bind("month", e.month()).bind("version", e.listVersion())
                .bind("unit", e.unitId()).bind("avg", e.averageDeduction()).bind("files", e.filesEvaluated())
                .bindArray("problems", String.class, e.problemFileIds())
                .execute();
        tracking.redCard(h, e, envelope);
        ProposalRules.redCards(h, e, envelope.time());
    }

    private void selection(Handle h, SelectionConfirmed e, EventEnvelope envelope) {
        for (SelectedFile f : e.worst()) {
            h.createUpdate("""
                            INSERT INTO sv_ten_worst (case_file_id, selection_id, period, officer_id, unit_id, case_number,
                                                      rank, final_score)
                            VALUES (:file, :selection, :period, :officer, :unit, :number, :rank, :score)
                            ON CONFLICT (case_file_id) DO NOTHING""")
                    .bind("file", f.caseFileId()).bind("selection", e.selectionId()).bind("period", e.period())
                    .bind("officer", f.primaryOfficerId()).bind("unit", f.unitId()).bind("number", f.caseNumber())
                    .bind("rank", f.rank()).bind("score", f.finalScore())
                    .execute();
            tracking.tenWorst(h, e, f, envelope);
            ProposalRules.tenWorst(h, f, envelope.time());
        }
    }

    private static void exam(Handle h, ExamOutcomeRecorded e) {
        if (e.outcome() != ExamOutcome.FAILED) {
            return;
        }
        h.createUpdate("""
                        INSERT INTO sv_failed_exam (class_id, officer_id, unit_id, score, attempts)
                        VALUES (:class, :officer, :unit, :score, :attempts) ON CONFLICT DO NOTHING""")
                .bind("class", e.classId()).bind("officer", e.officerId()).bind("unit", e.unitId())
                .bind("score", e.score()).bind("attempts", e.attempts())
                .execute();
    }
}
