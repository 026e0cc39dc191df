package cn.kaoping.training.query.lagging;

import cn.kaoping.contracts.training.NominationReason;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.domain.Period;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The read side of T3: nominations, classes and their trainees. */
@ApplicationScoped
public class LaggingQuery {

    private final Db db;

    LaggingQuery(Db db) {
        this.db = db;
    }

    /** One of a nomination's facts: a problem file with its result. */
    public record FactFile(String caseFileId, String caseNumber, String evaluationMonth, BigDecimal totalDeduction) {
    }

    /** A nomination as the brigade and the unit read it. */
    public record NominationView(String id, String officerId, String officerName, String unitId, String unitName,
                                 NominationReason reason, String period, int problemFiles, List<FactFile> facts,
                                 Instant nominatedAt, boolean excused, String excuseReason, String excusedBy,
                                 Instant excusedAt) {
    }

    public record ExamLine(int attempt, LocalDate heldOn, BigDecimal score, String outcome) {
    }

    public record TraineeView(String officerId, String officerName, String unitId, String unitName,
                              List<String> nominations, List<ExamLine> exams) {
    }

    public record ClassView(String id, String title, LocalDate startsOn, LocalDate endsOn, String createdBy,
                            Instant createdAt, List<TraineeView> trainees) {
    }

    private static final String NOMINATION_SELECT = """
            SELECT n.id, n.officer_id, COALESCE(o.name, n.officer_id) AS officer_name, n.unit_id,
                   COALESCE(u.name, n.unit_id) AS unit_name, n.reason, n.period, n.problem_files, n.case_file_ids,
                   n.nominated_at, n.excused, n.excuse_reason, n.excused_by, n.excused_at
              FROM nomination n
              LEFT JOIN officer_directory o ON o.officer_id = n.officer_id
              LEFT JOIN unit_directory u ON u.unit_id = n.unit_id
            """;

    private static final String NOMINATION_FILTER = """
             WHERE (CAST(:from AS date) IS NULL OR (n.period_start <= :to AND n.period_end >= :from))
               AND (CAST(:unit AS text) IS NULL OR n.unit_id = :unit)
               AND (CAST(:officer AS text) IS NULL OR n.officer_id = :officer)
            """;

    public List<NominationView> nominations(Period period, String unitId, String officerId, int offset, int limit) {
        return db.withHandle(h -> h.createQuery(NOMINATION_SELECT + NOMINATION_FILTER
                        + " ORDER BY n.period_start DESC, u.code, o.police_number, n.officer_id, n.reason"
                        + " LIMIT :limit OFFSET :offset")
                .bind("from", period == null ? null : period.firstDay()).bind("to", period == null ? null : period.lastDay())
                .bind("unit", unitId).bind("officer", officerId).bind("limit", limit).bind("offset", offset)
                .map((row, ctx) -> nomination(h, row)).list());
    }

    public long countNominations(Period period, String unitId, String officerId) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM nomination n" + NOMINATION_FILTER)
                .bind("from", period == null ? null : period.firstDay()).bind("to", period == null ? null : period.lastDay())
                .bind("unit", unitId).bind("officer", officerId).mapTo(Long.class).one());
    }

    public Optional<NominationView> nomination(String id) {
        return db.withHandle(h -> h.createQuery(NOMINATION_SELECT + " WHERE n.id = :id").bind("id", id)
                .map((row, ctx) -> nomination(h, row)).findOne());
    }

    public Optional<ClassView> trainingClass(String id) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT id, title, starts_on, ends_on, created_by, created_at FROM training_class WHERE id = :id""")
                .bind("id", id)
                .map((row, ctx) -> new ClassView(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class),
                        row.getObject(4, LocalDate.class), row.getString(5),
                        row.getObject(6, OffsetDateTime.class).toInstant(), trainees(h, id)))
                .findOne());
    }

    private static List<TraineeView> trainees(org.jdbi.v3.core.Handle h, String classId) {
        return h.createQuery("""
                        SELECT t.officer_id, COALESCE(o.name, t.officer_id), t.unit_id, COALESCE(u.name, t.unit_id)
                          FROM trainee t
                          LEFT JOIN officer_directory o ON o.officer_id = t.officer_id
                          LEFT JOIN unit_directory u ON u.unit_id = t.unit_id
                         WHERE t.class_id = :c ORDER BY u.code, o.police_number, t.officer_id""")
                .bind("c", classId)
                .map((row, ctx) -> {
                    String officerId = row.getString(1);
                    return new TraineeView(officerId, row.getString(2), row.getString(3), row.getString(4),
                            h.createQuery("""
                                            SELECT CASE reason WHEN 'RED_CARD' THEN '红牌 ' ELSE '问题案卷 ' END || period FROM nomination
                                             WHERE officer_id = :o AND NOT excused ORDER BY period_start, reason""")
                                    .bind("o", officerId).mapTo(String.class).list(),
                            h.createQuery("""
                                            SELECT attempt, held_on, score, outcome FROM exam_attempt
                                             WHERE class_id = :c AND officer_id = :o ORDER BY attempt""")
                                    .bind("c", classId).bind("o", officerId)
                                    .map((r, c) -> new ExamLine(r.getInt(1), r.getObject(2, LocalDate.class),
                                            r.getBigDecimal(3), r.getString(4)))
                                    .list());
                })
                .list();
    }

    private static NominationView nomination(org.jdbi.v3.core.Handle h, java.sql.ResultSet row)
            throws java.sql.SQLException {
        List<String> ids = Arrays.asList((String[]) row.getArray("case_file_ids").getArray());
        List<FactFile> facts = h.createQuery("""
                        SELECT id, c.case_number, c.evaluation_month, c.total_deduction
                          FROM unnest(CAST(:ids AS text[])) WITH ORDINALITY AS x(id, n)
                          LEFT JOIN ev_case_file c ON c.case_file_id = x.id ORDER BY x.n""")
                .bindArray("ids", String.class, ids)
                .map((r, ctx) -> new FactFile(r.getString(1), r.getString(2), r.getString(3), r.getBigDecimal(4)))
                .list();
        OffsetDateTime excusedAt = row.getObject("excused_at", OffsetDateTime.class);
        return new NominationView(row.getString("id"), row.getString("officer_id"), row.getString("officer_name"),
                row.getString("unit_id"), row.getString("unit_name"), NominationReason.valueOf(row.getString("reason")),
                row.getString("period"), row.getInt("problem_files"), facts,
                row.getObject("nominated_at", OffsetDateTime.class).toInstant(), row.getBoolean("excused"),
                row.getString("excuse_reason"), row.getString("excused_by"),
                excusedAt == null ? null : excusedAt.toInstant());
    }
}
