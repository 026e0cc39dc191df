package cn.kaoping.evaluation.query.deadlines;

import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Reads the open deadlines of the table {@code deadline}, soonest first. The table is kept by the scheduling
 * plumbing ({@code infrastructure.deadlines.DeadlineBook}); this is only its read side.
 */
@ApplicationScoped
public class OpenDeadlines {

    /** Every criterion may be null (no limit): the casts give PostgreSQL the type of a null parameter. */
    private static final String WHERE = " where state = 'OPEN'"
            + " and (cast(:dueBefore as date) is null or due_on < :dueBefore)"
            + " and (cast(:unitId as text) is null or unit_id = :unitId)";

    private final Db db;

    OpenDeadlines(Db db) {
        this.db = db;
    }

    /**
     * @param dueBefore only deadlines whose last day on time is before this date (null: all)
     * @param unitId    only this unit's (null: every unit)
     */
    public List<OpenDeadline> page(LocalDate dueBefore, String unitId, int offset, int limit) {
        return db.withHandle(handle -> handle.createQuery(
                        "select case_file_id, case_number, kind, due_on, due_at, unit_id from deadline" + WHERE
                                + " order by due_on, due_at, case_number, kind limit :limit offset :offset")
                .bind("dueBefore", dueBefore)
                .bind("unitId", unitId)
                .bind("limit", limit)
                .bind("offset", offset)
                .map(ConstructorMapper.of(OpenDeadline.class))
                .list());
    }

    public long count(LocalDate dueBefore, String unitId) {
        return db.withHandle(handle -> handle.createQuery("select count(*) from deadline" + WHERE)
                .bind("dueBefore", dueBefore)
                .bind("unitId", unitId)
                .mapTo(Long.class)
                .one());
    }
}
