package cn.kaoping.evaluation.query.casefiles;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFilePreReviewed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.DimensionDeduction;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ObjectionRaised;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.evaluation.casefile.CaseFileState;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.query.SynchronousReadModel;
import cn.kaoping.runtime.db.Db;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;

/**
 * Keeps {@code case_files} (state, flags, deadlines, current result, evaluation month), {@code case_file_cards}
 * (the card of each round) and, for the statistics, {@code case_file_findings} and {@code case_file_dimensions}
 * (the current card's findings and dimension deductions). The events carry every figure: nothing is
 * recomputed here.
 *
 * <p>Statements run on {@link Db} handles without a transaction of their own: inside a command the connection is
 * the command's JTA transaction's (parameters by position, bound by their runtime type).
 */
@Singleton
public class CaseFilesProjection implements SynchronousReadModel {

    private static final BigDecimal HUNDRED = new BigDecimal("100.0");

    private final Db db;
    private final BureauCalendar calendar;

    CaseFilesProjection(Db db, BureauCalendar calendar) {
        this.db = db;
        this.calendar = calendar;
    }

    @Override
    public List<String> tables() {
        return List.of("case_files", "case_file_cards", "case_file_findings", "case_file_dimensions");
    }

    @EventHandler
    void on(CaseFileRegistered event) {
        // The case number's unique constraint fails the second of two racing registrations (409).
        db.useHandle(handle -> handle.createUpdate("""
                        insert into case_files (case_file_id, case_number, kind, unit_id, primary_officer_id,
                            co_handler_ids, closed_on, rulebook_version, state, submission_due_on,
                            submission_overdue_at, registered_at, registered_by, updated_at)
                        values (:caseFileId, :caseNumber, :kind, :unitId, :primaryOfficerId, :coHandlerIds,
                            :closedOn, :rulebookVersion, :state, :submissionDueOn, :submissionOverdueAt, :at,
                            :actorId, :at)
                        on conflict (case_file_id) do nothing""")
                .bind("caseFileId", event.caseFileId())
                .bind("caseNumber", event.caseNumber())
                .bind("kind", event.kind())
                .bind("unitId", event.unitId())
                .bind("primaryOfficerId", event.primaryOfficerId())
                .bindArray("coHandlerIds", String.class, event.coHandlerIds())
                .bind("closedOn", event.closedOn())
                .bind("rulebookVersion", event.rulebookVersion())
                .bind("state", CaseFileState.REGISTERED)
                .bind("submissionDueOn", event.submissionDueOn())
                .bind("submissionOverdueAt", event.submissionOverdueAt())
                .bind("at", event.occurredAt())
                .bind("actorId", event.actorId())
                .execute());
    }

    @EventHandler
    void on(CaseFilePreReviewed event) {
        PreReviewView preReview = new PreReviewView(event.preReviewNumber(), event.preReviewedOn(), event.actorId(),
                event.findings());
        execute("""
                update case_files set state = ?, pre_reviews = ?, latest_pre_review = cast(? as jsonb), updated_at = ?
                 where case_file_id = ?""",
                CaseFileState.PRE_REVIEWED, event.preReviewNumber(), Db.json(preReview), event.occurredAt(),
                event.caseFileId());
    }

    /** E3: flagged, MISSING, evaluation month and day fixed; before any card its deduction is the penalty's. */
    @EventHandler
    void on(SubmissionOverdue event) {
        execute("""
                update case_files set overdue_submission = true, process_penalties = cast(? as jsonb),
                    evaluation_month = coalesce(evaluation_month, ?),
                    evaluation_date = coalesce(evaluation_date, cast(submission_overdue_at at time zone ? as date)),
                    total_deduction = case when current_round is null then ? else total_deduction end,
                    score = case when current_round is null then ? else score end,
                    updated_at = ?
                 where case_file_id = ?""",
                Db.json(event.processPenalties()), event.evaluationMonth(), calendar.zone().getId(),
                event.totalDeduction(), event.score(), event.occurredAt(), event.caseFileId());
    }

    @EventHandler
    void on(CaseFileSubmitted event) {
        if (event.round() == 2) {
            execute("update case_files set state = ?, resubmitted_on = ?, updated_at = ? where case_file_id = ?",
                    CaseFileState.RESUBMITTED, event.submittedOn(), event.occurredAt(), event.caseFileId());
            return;
        }
        // A late file's LATE replaces its MISSING: its deduction as it stands follows.
        execute("""
                update case_files set state = ?, submitted_on = ?, submitted_late = ?,
                    process_penalties = cast(? as jsonb), evaluation_month = coalesce(evaluation_month, ?),
                    total_deduction = case when overdue_submission and current_round is null then ?
                                           else total_deduction end,
                    score = case when overdue_submission and current_round is null then ? else score end,
                    updated_at = ?
                 where case_file_id = ?""",
                CaseFileState.SUBMITTED, event.submittedOn(), event.late(), Db.json(event.processPenalties()),
                event.evaluationMonth(), event.processDeduction(), HUNDRED.subtract(event.processDeduction()),
                event.occurredAt(), event.caseFileId());
    }

    @EventHandler
    void on(CaseFileReviewed event) {
        if (event.round() == 1) {
            // Without findings CaseFileClosed follows at once; with findings, rectification is due.
            execute("""
                    update case_files set state = ?, round_one_reviewed_on = ?, rectification_due_on = ?,
                        evaluation_month = ?, evaluation_date = coalesce(evaluation_date, ?), objection_due_on = ?,
                        updated_at = ?
                     where case_file_id = ?""",
                    CaseFileState.REVIEWED, event.reviewedOn(), event.rectificationDueOn(), event.evaluationMonth(),
                    event.reviewedOn(), event.objectionDueOn(), event.occurredAt(), event.caseFileId());
        } else {
            execute("""
                    update case_files set round_two_reviewed_on = ?, objection_due_on = ?, updated_at = ?
                     where case_file_id = ?""",
                    event.reviewedOn(), event.objectionDueOn(), event.occurredAt(), event.caseFileId());
        }
        newCard(event.caseFileId(), event.card(), event.occurredAt(), event.actorId(), "CASE_FILE_REVIEWED");
    }

    /** E6: every round-one finding unrectified on a round-two card; the file is flagged (closing follows). */
    @EventHandler
    void on(RectificationOverdue event) {
        execute("""
                update case_files set overdue_rectification = true, objection_due_on = ?, updated_at = ?
                 where case_file_id = ?""",
                event.objectionDueOn(), event.occurredAt(), event.caseFileId());
        newCard(event.caseFileId(), event.card(), event.occurredAt(), event.actorId(), "RECTIFICATION_OVERDUE");
    }

    @EventHandler
    void on(CaseFileClosed event) {
        execute("""
                update case_files set state = ?, closing_reason = ?, overdue_submission = ?,
                    overdue_rectification = ?, total_deduction = ?, score = ?, grade = ?, classification = ?,
                    evaluation_month = coalesce(evaluation_month, ?), rectification_due_on = case
                        when ? = 'ALL_FINDINGS_WITHDRAWN' then null else rectification_due_on end,
                    updated_at = ?
                 where case_file_id = ?""",
                CaseFileState.CLOSED, event.reason(), event.overdueSubmission(), event.overdueRectification(),
                event.totalDeduction(), event.score(), event.grade(), event.classification(),
                event.evaluationMonth(), event.reason(), event.occurredAt(), event.caseFileId());
    }

    @EventHandler
    void on(ObjectionRaised event) {
        execute("""
                update case_files set pending_objection_round = ?, objection_decision_due_on = ?, updated_at = ?
                 where case_file_id = ?""",
                event.cardRound(), event.decisionDueOn(), event.occurredAt(), event.caseFileId());
    }

    /** E9: the card as the decision left it (recomputed when upheld). */
    @EventHandler
    void on(ObjectionDecided event) {
        execute("""
                update case_files set pending_objection_round = null, objection_decision_due_on = null,
                    updated_at = ?
                 where case_file_id = ?""",
                event.occurredAt(), event.caseFileId());
        EvaluationCard card = event.card();
        execute("""
                update case_file_cards set card = cast(? as jsonb), revised_at = ?, revised_by = ?
                 where case_file_id = ? and round = ?""",
                Db.json(card), event.occurredAt(), event.actorId(), event.caseFileId(), card.round());
        currentCard(event.caseFileId(), card, event.occurredAt());
    }

    private void newCard(String caseFileId, EvaluationCard card, Instant at, String actorId, String madeByEvent) {
        execute("""
                insert into case_file_cards (case_file_id, round, made_on, made_at, made_by, made_by_event, card)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (case_file_id, round) do update set made_on = excluded.made_on,
                    made_at = excluded.made_at, made_by = excluded.made_by, made_by_event = excluded.made_by_event,
                    revised_at = null, revised_by = null, card = excluded.card""",
                caseFileId, card.round(), calendar.dateOf(at), at, actorId, madeByEvent, Db.json(card));
        currentCard(caseFileId, card, at);
    }

    /** The file's current result, and the findings and dimension deductions the statistics count. */
    private void currentCard(String caseFileId, EvaluationCard card, Instant at) {
        execute("""
                update case_files set current_round = ?, total_deduction = ?, score = ?, grade = ?,
                    classification = ?, veto = ?, updated_at = ?
                 where case_file_id = ?""",
                card.round(), card.totalDeduction(), card.score(), card.grade(), card.classification(), card.veto(),
                at, caseFileId);
        execute("delete from case_file_findings where case_file_id = ?", caseFileId);
        for (Finding finding : card.findings()) {
            execute("""
                    insert into case_file_findings (case_file_id, finding_id, recorded_in_round, item_code, dimension,
                        points, counted_points, finding_class, veto, rectification, withdrawn)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    caseFileId, finding.findingId(), finding.recordedInRound(), finding.itemCode(),
                    finding.dimension(), finding.points(), finding.countedPoints(), finding.findingClass(),
                    finding.veto(), finding.rectification(), finding.withdrawn());
        }
        execute("delete from case_file_dimensions where case_file_id = ?", caseFileId);
        for (DimensionDeduction dimension : card.deductionByDimension()) {
            execute("""
                    insert into case_file_dimensions (case_file_id, dimension, weight, deducted, counted)
                    values (?, ?, ?, ?, ?)""",
                    caseFileId, dimension.dimension(), dimension.weight(), dimension.deducted(), dimension.counted());
        }
    }

    private void execute(String sql, Object... parameters) {
        db.useHandle(handle -> handle.execute(sql, parameters));
    }
}
