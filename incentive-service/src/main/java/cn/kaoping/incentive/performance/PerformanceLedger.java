package cn.kaoping.incentive.performance;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.domain.DomainException;
import cn.kaoping.incentive.IncentiveError;
import cn.kaoping.domain.Period;
import cn.kaoping.incentive.scheme.Scheme;
import cn.kaoping.incentive.scheme.Schemes;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Loads the files of a period (those with a graded result whose evaluation month lies in it) and computes their
 * points under the scheme version in force on the period's first day.
 */
public final class PerformanceLedger {

    private PerformanceLedger() {
    }

    public static Scheme schemeFor(Handle h, Period period) {
        return Schemes.inForceOn(h, period.firstDay())
                .orElseThrow(() -> DomainException.notFound(IncentiveError.NO_SCHEME_IN_FORCE, period.text()));
    }

    /** Every file of the period; the caller narrows what it shows. */
    public static Performance of(Handle h, Period period) {
        return PerformanceCalculator.compute(period.text(), schemeFor(h, period), files(h, period));
    }

    public static List<FileFact> files(Handle h, Period period) {
        return h.createQuery("""
                        SELECT f.*, (t.case_file_id IS NOT NULL) AS ten_best
                          FROM case_file_fact f LEFT JOIN ten_best_file t ON t.case_file_id = f.case_file_id
                         WHERE f.evaluation_month BETWEEN :first AND :last
                           AND f.grade IS NOT NULL AND f.kind IS NOT NULL AND f.unit_id IS NOT NULL
                           AND f.primary_officer_id IS NOT NULL""")
                .bind("first", period.first()).bind("last", period.last())
                .map(PerformanceLedger::row).list();
    }

    private static FileFact row(ResultSet rs, StatementContext ctx) throws SQLException {
        Array coHandlers = rs.getArray("co_handler_ids");
        String classification = rs.getString("classification");
        return new FileFact(rs.getString("case_file_id"), rs.getString("case_number"),
                CaseKind.valueOf(rs.getString("kind")), rs.getString("unit_id"), rs.getString("primary_officer_id"),
                coHandlers == null ? List.of() : List.of((String[]) coHandlers.getArray()),
                java.time.YearMonth.parse(rs.getString("evaluation_month")), rs.getBigDecimal("final_score"),
                Grade.valueOf(rs.getString("grade")),
                classification == null ? null : Classification.valueOf(classification), rs.getBoolean("veto"),
                rs.getInt("final_round"), rs.getBigDecimal("process_deduction"), rs.getBoolean("ten_best"));
    }
}
