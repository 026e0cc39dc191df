package cn.kaoping.training.query.rotation;

import cn.kaoping.runtime.db.Db;
import cn.kaoping.training.query.evaluation.Thresholds;
import cn.kaoping.training.rotation.RotationTraining;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The read side of T4: records, and who is short of the yearly days. */
@ApplicationScoped
public class RotationQuery {

    private final Db db;
    private final Thresholds thresholds;

    RotationQuery(Db db, Thresholds thresholds) {
        this.db = db;
        this.thresholds = thresholds;
    }

    /** An officer short of the yearly minimum: days done as of the date, and the days required. */
    public record ShortfallLine(String officerId, String policeNumber, String officerName, String unitId,
                                String unitName, BigDecimal days, int required, BigDecimal missing) {
    }

    public record Shortfall(int year, LocalDate asOf, int required, List<ShortfallLine> lines) {
    }

    private static final String FILTER = """
             WHERE (CAST(:unit AS text) IS NULL OR unit_id = :unit)
               AND (CAST(:officer AS text) IS NULL OR officer_id = :officer)
               AND (CAST(:year AS int) IS NULL OR extract(year FROM starts_on) = :year)
            """;

    public List<RotationTraining.Record> records(String unitId, String officerId, Integer year, int offset,
                                                 int limit) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT id, officer_id, unit_id, course, starts_on, ends_on, days, source, recorded_by, recorded_at
                          FROM rotation_record""" + FILTER + " ORDER BY starts_on, id LIMIT :limit OFFSET :offset")
                .bind("unit", unitId).bind("officer", officerId).bind("year", year)
                .bind("limit", limit).bind("offset", offset)
                .map((r, ctx) -> new RotationTraining.Record(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getObject(5, LocalDate.class), r.getObject(6, LocalDate.class),
                        r.getBigDecimal(7), r.getString(8), r.getString(9),
                        r.getObject(10, OffsetDateTime.class).toInstant()))
                .list());
    }

    public long count(String unitId, String officerId, Integer year) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM rotation_record" + FILTER)
                .bind("unit", unitId).bind("officer", officerId).bind("year", year).mapTo(Long.class).one());
    }

    /**
     * Officers of the directory (of the unit, or the one officer) with fewer days than the rulebook's yearly minimum
     * in force on {@code asOf}, counting the records of the year that started on or before it; by unit, police number.
     */
    public Shortfall shortfall(int year, LocalDate asOf, String unitId, String officerId) {
        return db.withHandle(h -> {
            int required = thresholds.on(h, asOf).rotationTrainingDaysPerYear();
            List<ShortfallLine> lines = h.createQuery("""
                            SELECT o.officer_id, o.police_number, o.name, o.unit_id, COALESCE(u.name, o.unit_id),
                                   COALESCE(sum(r.days), 0) AS days
                              FROM officer_directory o
                              LEFT JOIN unit_directory u ON u.unit_id = o.unit_id
                              LEFT JOIN rotation_record r ON r.officer_id = o.officer_id
                                    AND extract(year FROM r.starts_on) = :year AND r.starts_on <= :asOf
                             WHERE (CAST(:unit AS text) IS NULL OR o.unit_id = :unit)
                               AND (CAST(:officer AS text) IS NULL OR o.officer_id = :officer)
                             GROUP BY o.officer_id, o.police_number, o.name, o.unit_id, u.name, u.code
                            HAVING COALESCE(sum(r.days), 0) < :required
                             ORDER BY u.code, o.police_number, o.officer_id""")
                    .bind("year", year).bind("asOf", asOf).bind("unit", unitId).bind("officer", officerId)
                    .bind("required", required)
                    .map((r, ctx) -> {
                        BigDecimal days = r.getBigDecimal(6);
                        return new ShortfallLine(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), days, required, BigDecimal.valueOf(required).subtract(days));
                    })
                    .list();
            return new Shortfall(year, asOf, required, lines);
        });
    }
}
