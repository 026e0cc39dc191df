package cn.kaoping.training.projection;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFilePreReviewed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ObjectionRaised;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookItem;
import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.contracts.publicity.BulletinPublished;
import cn.kaoping.contracts.publicity.CommentaryPublished;
import cn.kaoping.contracts.publicity.MonthlyListPublished;
import cn.kaoping.contracts.publicity.PublicityEvent;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.runtime.directory.Directory;
import cn.kaoping.runtime.directory.DirectoryProjection;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import cn.kaoping.domain.Period;
import cn.kaoping.training.lagging.Nominations;
import cn.kaoping.training.lagging.nominating.NominationDecision;
import cn.kaoping.training.query.evaluation.Thresholds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The read model of training-service, fed from the evaluation and publicity topics: the directory, rulebook
 * versions (item texts, thresholds), each case file's latest result and current card, and the red cards of
 * published lists. The T3 nomination rules run here, on the facts as they arrive.
 */
@ApplicationScoped
public class TrainingProjection {

    /** Tables emptied by a rebuild (never the service's own decisions or the outbox). */
    static final String[] TABLES = {"ev_rulebook", "ev_rulebook_item", "ev_case_file", "ev_finding", "ev_red_card"};

    private final Nominations nominations;
    private final Thresholds thresholds;

    TrainingProjection(Nominations nominations, Thresholds thresholds) {
        this.nominations = nominations;
        this.thresholds = thresholds;
    }

    @Produces
    @Singleton
    EnvelopeProjection projection() {
        return EnvelopeProjection.named("training-projection")
                .consumes(EvaluationEvent.class)
                .consumes(PublicityEvent.class)
                .with(DirectoryProjection::declare)
                .on(RulebookVersionPublished.class, (tx, e, env) -> rulebook(tx, e.rulebook()))
                .on(CaseFileRegistered.class, (tx, e, env) -> registered(tx, e))
                .on(CaseFileReviewed.class, (tx, e, env) -> {
                    boolean ended = e.round() == 1 && e.card().findings().isEmpty();
                    result(tx, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.evaluationMonth(),
                            e.card(), ended);
                    problemFiles(tx, e.primaryOfficerId(), e.unitId(), e.evaluationMonth(), env);
                })
                .on(SubmissionOverdue.class, (tx, e, env) -> {
                    overdue(tx, e);
                    problemFiles(tx, e.primaryOfficerId(), e.unitId(), e.evaluationMonth(), env);
                })
                .on(RectificationOverdue.class, (tx, e, env) -> {
                    result(tx, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.evaluationMonth(),
                            e.card(), false);
                    problemFiles(tx, e.primaryOfficerId(), e.unitId(), e.evaluationMonth(), env);
                })
                .on(CaseFileClosed.class, (tx, e, env) -> {
                    closed(tx, e);
                    problemFiles(tx, e.primaryOfficerId(), e.unitId(), e.evaluationMonth(), env);
                })
                .on(ObjectionDecided.class, (tx, e, env) -> objectionDecided(tx, e))
                .on(RedCardIssued.class, this::redCard)
                .ignore(CaseFilePreReviewed.class, CaseFileSubmitted.class, ObjectionRaised.class,
                        MonthlyListPublished.class, BulletinPublished.class, CommentaryPublished.class)
                .clears(TABLES)
                .build();
    }

    static void rulebook(Handle tx, RulebookContent r) {
        tx.createUpdate("""
                        INSERT INTO ev_rulebook (version_id, effective_from, lagging_on_red_card,
                                                 lagging_problem_files_per_quarter, rotation_training_days_per_year)
                        VALUES (:id, :from, :onRedCard, :perQuarter, :days)
                        ON CONFLICT (version_id) DO UPDATE SET effective_from = EXCLUDED.effective_from,
                            lagging_on_red_card = EXCLUDED.lagging_on_red_card,
                            lagging_problem_files_per_quarter = EXCLUDED.lagging_problem_files_per_quarter,
                            rotation_training_days_per_year = EXCLUDED.rotation_training_days_per_year""")
                .bind("id", r.versionId()).bind("from", r.effectiveFrom())
                .bind("onRedCard", r.thresholds().laggingOnRedCard())
                .bind("perQuarter", r.thresholds().laggingProblemFilesPerQuarter())
                .bind("days", r.thresholds().rotationTrainingDaysPerYear())
                .execute();
        for (RulebookItem item : r.items()) {
            tx.createUpdate("""
                            INSERT INTO ev_rulebook_item (version_id, code, text) VALUES (:id, :code, :text)
                            ON CONFLICT (version_id, code) DO UPDATE SET text = EXCLUDED.text""")
                    .bind("id", r.versionId()).bind("code", item.code()).bind("text", item.text())
                    .execute();
        }
    }

    static void registered(Handle tx, CaseFileRegistered e) {
        tx.createUpdate("""
                        INSERT INTO ev_case_file (case_file_id, case_number, unit_id, primary_officer_id, rulebook_version)
                        VALUES (:id, :number, :unit, :officer, :version)
                        ON CONFLICT (case_file_id) DO UPDATE SET case_number = EXCLUDED.case_number,
                            unit_id = EXCLUDED.unit_id, primary_officer_id = EXCLUDED.primary_officer_id,
                            rulebook_version = EXCLUDED.rulebook_version""")
                .bind("id", e.caseFileId()).bind("number", e.caseNumber()).bind("unit", e.unitId())
                .bind("officer", e.primaryOfficerId()).bind("version", e.rulebookVersion())
                .execute();
    }

    /** A card became the file's current one (a review, an expired rectification, an objection decided). */
    static void result(Handle tx, String caseFileId, String caseNumber, String unitId, String officerId,
                       YearMonth evaluationMonth, EvaluationCard card, boolean ended) {
        tx.createUpdate("""
                        INSERT INTO ev_case_file (case_file_id, case_number, unit_id, primary_officer_id, rulebook_version,
                                                  evaluation_month, ended, current_round, total_deduction, score, grade,
                                                  classification, veto)
                        VALUES (:id, :number, :unit, :officer, :version, :month, :ended, :round, :total, :score, :grade,
                                :classification, :veto)
                        ON CONFLICT (case_file_id) DO UPDATE SET case_number = EXCLUDED.case_number,
                            unit_id = EXCLUDED.unit_id, primary_officer_id = EXCLUDED.primary_officer_id,
                            rulebook_version = EXCLUDED.rulebook_version, evaluation_month = EXCLUDED.evaluation_month,
                            ended = ev_case_file.ended OR EXCLUDED.ended, current_round = EXCLUDED.current_round,
                            total_deduction = EXCLUDED.total_deduction, score = EXCLUDED.score,
                            grade = EXCLUDED.grade, classification = EXCLUDED.classification, veto = EXCLUDED.veto""")
                .bind("id", caseFileId).bind("number", caseNumber).bind("unit", unitId).bind("officer", officerId)
                .bind("version", card.rulebookVersion()).bind("month", evaluationMonth).bind("ended", ended)
                .bind("round", card.round()).bind("total", card.totalDeduction()).bind("score", card.score())
                .bind("grade", card.grade().name()).bind("classification", card.classification().name())
                .bind("veto", card.veto())
                .execute();
        tx.createUpdate("DELETE FROM ev_finding WHERE case_file_id = :id").bind("id", caseFileId).execute();
        for (Finding f : card.findings()) {
            tx.createUpdate("""
                            INSERT INTO ev_finding (case_file_id, finding_id, recorded_in_round, item_code, points,
                                                    counted_points, finding_class, veto, note, rectification, withdrawn)
                            VALUES (:file, :finding, :round, :item, :points, :counted, :class, :veto, :note,
                                    :rectification, :withdrawn)""")
                    .bind("file", caseFileId).bind("finding", f.findingId()).bind("round", f.recordedInRound())
                    .bind("item", f.itemCode()).bind("points", f.points()).bind("counted", f.countedPoints())
                    .bind("class", f.findingClass().name()).bind("veto", f.veto()).bind("note", f.note())
                    .bind("rectification", f.rectification() == null ? null : f.rectification().name())
                    .bind("withdrawn", f.withdrawn())
                    .execute();
        }
    }

    static void overdue(Handle tx, SubmissionOverdue e) {
        tx.createUpdate("""
                        INSERT INTO ev_case_file (case_file_id, case_number, unit_id, primary_officer_id, rulebook_version,
                                                  evaluation_month, total_deduction, score, classification)
                        VALUES (:id, :number, :unit, :officer, :version, :month, :total, :score, 'CLEAN')
                        ON CONFLICT (case_file_id) DO UPDATE SET evaluation_month = EXCLUDED.evaluation_month,
                            total_deduction = EXCLUDED.total_deduction, score = EXCLUDED.score,
                            classification = COALESCE(ev_case_file.classification, 'CLEAN')""")
                .bind("id", e.caseFileId()).bind("number", e.caseNumber()).bind("unit", e.unitId())
                .bind("officer", e.primaryOfficerId()).bind("version", e.rulebookVersion())
                .bind("month", e.evaluationMonth()).bind("total", e.totalDeduction()).bind("score", e.score())
                .execute();
    }

    static void closed(Handle tx, CaseFileClosed e) {
        tx.createUpdate("""
                        INSERT INTO ev_case_file (case_file_id, case_number, unit_id, primary_officer_id, evaluation_month,
                                                  ended, current_round, total_deduction, score, grade, classification)
                        VALUES (:id, :number, :unit, :officer, :month, true, :round, :total, :score, :grade,
                                :classification)
                        ON CONFLICT (case_file_id) DO UPDATE SET evaluation_month = EXCLUDED.evaluation_month,
                            ended = true, current_round = EXCLUDED.current_round,
                            total_deduction = EXCLUDED.total_deduction, score = EXCLUDED.score,
                            grade = EXCLUDED.grade, classification = EXCLUDED.classification""")
                .bind("id", e.caseFileId()).bind("number", e.caseNumber()).bind("unit", e.unitId())
                .bind("officer", e.primaryOfficerId()).bind("month", e.evaluationMonth())
                .bind("round", e.finalRound()).bind("total", e.totalDeduction()).bind("score", e.score())
                .bind("grade", e.grade().name()).bind("classification", e.classification().name())
                .execute();
    }

    static void objectionDecided(Handle tx, ObjectionDecided e) {
        Boolean ended = tx.createQuery("SELECT ended FROM ev_case_file WHERE case_file_id = :id")
                .bind("id", e.caseFileId()).mapTo(Boolean.class).findOne().orElse(false);
        result(tx, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.evaluationMonth(), e.card(),
                ended);
    }

    /** T3: N problem files in the quarter of this month nominate the officer (his files as primary officer). */
    private void problemFiles(Handle tx, String officerId, String unitId, YearMonth month, EventEnvelope env) {
        if (officerId == null || month == null) {
            return;
        }
        Period quarter = Period.quarterOf(month);
        List<String> files = tx.createQuery("""
                        SELECT case_file_id FROM ev_case_file
                         WHERE primary_officer_id = :officer AND evaluation_month BETWEEN :from AND :to
                           AND total_deduction > 0
                         ORDER BY evaluation_month, case_number, case_file_id""")
                .bind("officer", officerId).bind("from", quarter.first()).bind("to", quarter.last())
                .mapTo(String.class).list();
        int perQuarter = thresholds.on(tx, quarter.lastDay()).laggingProblemFilesPerQuarter();
        NominationDecision.onProblemFiles(officerId, unitOf(tx, officerId, unitId), quarter, files, perQuarter)
                .ifPresent(n -> nominations.record(tx, n, env.time()));
    }

    private void redCard(Handle tx, RedCardIssued e, EventEnvelope env) {
        tx.createUpdate("""
                        INSERT INTO ev_red_card (officer_id, month, list_version, officer_name, unit_id,
                                                 average_deduction, files_evaluated, problem_file_ids)
                        VALUES (:officer, :month, :version, :name, :unit, :average, :files, :problems)
                        ON CONFLICT (officer_id, month, list_version) DO UPDATE SET
                            officer_name = EXCLUDED.officer_name, unit_id = EXCLUDED.unit_id,
                            average_deduction = EXCLUDED.average_deduction, files_evaluated = EXCLUDED.files_evaluated,
                            problem_file_ids = EXCLUDED.problem_file_ids""")
                .bind("officer", e.officerId()).bind("month", e.month()).bind("version", e.listVersion())
                .bind("name", e.officerName()).bind("unit", e.unitId()).bind("average", e.averageDeduction())
                .bind("files", e.filesEvaluated()).bindArray("problems", String.class, e.problemFileIds())
                .execute();
        boolean onRedCard = thresholds.on(tx, e.month().atEndOfMonth()).laggingOnRedCard();
        NominationDecision.onRedCard(e.officerId(), unitOf(tx, e.officerId(), e.unitId()), e.month(),
                        e.problemFileIds(), onRedCard)
                .ifPresent(n -> nominations.record(tx, n, env.time()));
    }

    private static String unitOf(Handle tx, String officerId, String fallback) {
        return Directory.officer(tx, officerId).map(Directory.Officer::unitId).orElse(fallback);
    }
}
