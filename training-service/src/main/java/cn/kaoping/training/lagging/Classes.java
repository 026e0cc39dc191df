package cn.kaoping.training.lagging;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.training.ExamOutcome;
import cn.kaoping.contracts.training.ExamOutcomeRecorded;
import cn.kaoping.contracts.training.NominationExcused;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.directory.Directory;
import cn.kaoping.runtime.outbox.Outbox;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.TrainingSettings;
import cn.kaoping.training.lagging.enrolling.EnrolmentDecision;
import cn.kaoping.training.lagging.enrolling.OpenClass;
import cn.kaoping.training.lagging.examining.ExamDecision;
import cn.kaoping.training.lagging.excusing.ExcuseDecision;
import cn.kaoping.training.query.lagging.SelfChecks;
import cn.kaoping.web.request.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The use cases of lagging-officer training (T3): excuse a nominee, open a class, self-check, exam. */
@ApplicationScoped
public class Classes {

    private final Db db;
    private final Directory directory;
    private final Outbox outbox;
    private final TrainingSettings settings;

    Classes(Db db, Directory directory, Outbox outbox, TrainingSettings settings) {
        this.db = db;
        this.directory = directory;
        this.outbox = outbox;
        this.settings = settings;
    }

    public void excuse(String nominationId, String reason, Actor actor, Instant at) {
        db.useTransaction(tx -> {
            var row = tx.createQuery("SELECT officer_id, unit_id, excused FROM nomination WHERE id = :id FOR UPDATE")
                    .bind("id", nominationId)
                    .map((r, ctx) -> new Object[] {r.getString(1), r.getString(2), r.getBoolean(3)}).findOne()
                    .orElseThrow(() -> DomainException.notFound(TrainingError.NOMINATION_NOT_FOUND, nominationId));
            String why = ExcuseDecision.decide(reason, (Boolean) row[2]);
            tx.createUpdate("""
                            UPDATE nomination SET excused = true, excuse_reason = :reason, excused_by = :by,
                                   excused_at = :at WHERE id = :id""")
                    .bind("reason", why).bind("by", actor.id()).bind("at", at).bind("id", nominationId)
                    .execute();
            outbox.add(tx, (String) row[0], actor, at,
                    new NominationExcused(nominationId, (String) row[0], (String) row[1], why));
        });
        outbox.flushSoon();
    }

    public void open(OpenClass c) {
        Map<String, Directory.Officer> officers = directory.officers(
                c.traineeIds().stream().filter(id -> id != null).toList());
        EnrolmentDecision.check(c, officers.keySet());
        db.useTransaction(tx -> {
            tx.createUpdate("""
                            INSERT INTO training_class (id, title, starts_on, ends_on, created_by, created_at)
                            VALUES (:id, :title, :starts, :ends, :by, :at)""")
                    .bind("id", c.id()).bind("title", c.title().strip()).bind("starts", c.startsOn())
                    .bind("ends", c.endsOn()).bind("by", c.actorId()).bind("at", c.at())
                    .execute();
            for (String officerId : c.traineeIds()) {
                tx.createUpdate("INSERT INTO trainee (class_id, officer_id, unit_id) VALUES (:c, :o, :u)")
                        .bind("c", c.id()).bind("o", officerId).bind("u", officers.get(officerId).unitId())
                        .execute();
            }
        });
    }

    /** What the trainee writes, one entry per row of his list; a row not on his list is a 400. */
    public record Entry(@Size(max = Limits.ID) String caseFileId, @Size(max = Limits.ID) String findingId,
                        @Size(max = Limits.TEXT) String selfCheck, @Size(max = Limits.TEXT) String understanding) {
    }

    public void fillSelfCheck(String classId, String officerId, List<Entry> entries, Instant at) {
        db.useTransaction(tx -> {
            LocalDate startsOn = trainee(tx, classId, officerId);
            Set<String> rows = new HashSet<>();
            for (SelfCheckRow row : SelfChecks.rows(tx, classId, officerId, startsOn)) {
                rows.add(row.caseFileId() + "/" + row.findingId());
            }
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (e == null || !rows.contains(e.caseFileId() + "/" + e.findingId())) {
                    errors.add(FieldError.of("rows[" + i + "]", TrainingError.NOT_A_ROW,
                            e == null ? null : e.caseFileId(), e == null ? null : e.findingId()));
                }
            }
            if (!errors.isEmpty()) {
                throw DomainException.invalid(TrainingError.REQUIRED, errors);
            }
            for (Entry e : entries) {
                tx.createUpdate("""
                                INSERT INTO self_check_entry (class_id, officer_id, case_file_id, finding_id, self_check,
                                                              understanding, updated_at)
                                VALUES (:c, :o, :f, :finding, :check, :understanding, :at)
                                ON CONFLICT (class_id, officer_id, case_file_id, finding_id) DO UPDATE SET
                                    self_check = EXCLUDED.self_check, understanding = EXCLUDED.understanding,
                                    updated_at = EXCLUDED.updated_at""")
                        .bind("c", classId).bind("o", officerId).bind("f", e.caseFileId()).bind("finding", e.findingId())
                        .bind("check", e.selfCheck()).bind("understanding", e.understanding()).bind("at", at)
                        .execute();
            }
        });
    }

    public List<SelfCheckRow> selfCheck(String classId, String officerId) {
        return db.inTransaction(tx -> SelfChecks.rows(tx, classId, officerId, trainee(tx, classId, officerId)));
    }

    /** Records an attempt; a final outcome (PASSED, FAILED) is published as ExamOutcomeRecorded. */
    public ExamDecision.Result exam(String classId, String officerId, LocalDate heldOn, BigDecimal score, Actor actor,
                                    Instant at) {
        if (heldOn == null) {
            throw DomainException.invalidField(TrainingError.REQUIRED, "heldOn");
        }
        ExamDecision.Result result = db.inTransaction(tx -> {
            trainee(tx, classId, officerId);
            tx.createQuery("SELECT 1 FROM trainee WHERE class_id = :c AND officer_id = :o FOR UPDATE")
                    .bind("c", classId).bind("o", officerId).mapTo(Integer.class).one();
            List<ExamDecision.Outcome> outcomes = tx.createQuery("""
                            SELECT outcome FROM exam_attempt WHERE class_id = :c AND officer_id = :o ORDER BY attempt""")
                    .bind("c", classId).bind("o", officerId).mapTo(ExamDecision.Outcome.class).list();
            ExamDecision.Result r = ExamDecision.decide(score, outcomes.size(),
                    outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1), settings.examPassMark(),
                    settings.examRetakes());
            tx.createUpdate("""
                            INSERT INTO exam_attempt (class_id, officer_id, attempt, held_on, score, outcome, recorded_by,
                                                      recorded_at)
                            VALUES (:c, :o, :attempt, :heldOn, :score, :outcome, :by, :at)""")
                    .bind("c", classId).bind("o", officerId).bind("attempt", r.attempt()).bind("heldOn", heldOn)
                    .bind("score", r.score()).bind("outcome", r.outcome().name()).bind("by", actor.id())
                    .bind("at", at)
                    .execute();
            if (r.isFinal()) {
                String unitId = tx.createQuery("SELECT unit_id FROM trainee WHERE class_id = :c AND officer_id = :o")
                        .bind("c", classId).bind("o", officerId).mapTo(String.class).one();
                outbox.add(tx, officerId, actor, at, new ExamOutcomeRecorded(classId, officerId, unitId, r.score(),
                        r.attempt(), ExamOutcome.valueOf(r.outcome().name())));
            }
            return r;
        });
        outbox.flushSoon();
        return result;
    }

    /** The class's start day; 404 unless the class exists and the officer is one of its trainees. */
    private static LocalDate trainee(org.jdbi.v3.core.Handle tx, String classId, String officerId) {
        LocalDate startsOn = tx.createQuery("SELECT starts_on FROM training_class WHERE id = :c").bind("c", classId)
                .mapTo(LocalDate.class).findOne()
                .orElseThrow(() -> DomainException.notFound(TrainingError.CLASS_NOT_FOUND, classId));
        boolean enrolled = tx.createQuery("SELECT count(*) FROM trainee WHERE class_id = :c AND officer_id = :o")
                .bind("c", classId).bind("o", officerId).mapTo(Integer.class).one() > 0;
        if (!enrolled) {
            throw DomainException.notFound(TrainingError.TRAINEE_NOT_FOUND, classId, officerId);
        }
        return startsOn;
    }
}
