package cn.kaoping.publicity.query.lists;

import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.OfficerEntry;
import cn.kaoping.publicity.list.ProblemFile;
import cn.kaoping.publicity.list.RedCardRule;
import cn.kaoping.publicity.list.UnitEntry;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads of the published versions of monthly lists (written once by {@code list.publishing}, never changed: the
 * tables refuse it). Officers are filtered and paged in SQL, in the order of
 * {@link cn.kaoping.publicity.list.MonthlyListAggregator#OFFICER_ORDER} (names compared by code point, as Java does).
 */
final class PublishedLists {

    /** OFFICER_ORDER in SQL. */
    private static final String OFFICER_ORDER =
            " ORDER BY average_deduction DESC, total_deduction DESC, officer_name COLLATE \"C\", officer_id COLLATE \"C\"";
    private static final String UNIT_ORDER =
            " ORDER BY average_deduction DESC, total_deduction DESC, unit_name COLLATE \"C\", unit_id COLLATE \"C\"";
    /** Officers of a version within a scope; {@code :redOnly} keeps the red-carded ones. */
    private static final String OFFICERS_WHERE = " " + """
             WHERE month = :month AND version = :version
               AND (cast(:unitId as text) IS NULL OR unit_id = :unitId)
               AND (cast(:officerId as text) IS NULL OR officer_id = :officerId)
               AND (NOT :redOnly OR red_card)""";

    private PublishedLists() {
    }

    static Optional<Integer> latestVersion(Handle h, YearMonth month) {
        return h.createQuery("SELECT version FROM monthly_list_version WHERE month = :month ORDER BY version DESC LIMIT 1")
                .bind("month", month).mapTo(Integer.class).findOne();
    }

    /** Every published version of a month, oldest first. */
    static List<VersionInfo> versions(Handle h, YearMonth month) {
        return h.createQuery("""
                        SELECT month, version, published_at, published_by FROM monthly_list_version
                         WHERE month = :month ORDER BY version""")
                .bind("month", month).map(PublishedLists::versionInfo).list();
    }

    /** The latest version of every month that has one, newest month first (at most {@code limit}). */
    static List<VersionInfo> latestOfEachMonth(Handle h, int limit) {
        return h.createQuery("""
                        SELECT * FROM (SELECT DISTINCT ON (month) month, version, published_at, published_by
                                         FROM monthly_list_version ORDER BY month DESC, version DESC) latest
                         ORDER BY month DESC LIMIT :limit""")
                .bind("limit", limit).map(PublishedLists::versionInfo).list();
    }

    /** A whole published version (publication, export, pages, digest). */
    static Optional<MonthlyList> find(Handle h, YearMonth month, int version) {
        return slice(h, month, version, null, null, false, 0, Integer.MAX_VALUE).map(ListSlice::list);
    }

    /**
     * A published version with the officers of a scope ({@code null}: no limit), one page of them; the units of
     * the scope complete (none when the scope is one officer: a unit line is not his to see).
     */
    static Optional<ListSlice> slice(Handle h, YearMonth month, int version, String unitId, String officerId,
                                     boolean redOnly, int offset, int limit) {
        Optional<MonthlyList> header = h.createQuery("""
                        SELECT published_at, published_by, red_card_average_above, red_card_minimum_files,
                               red_card_rule_source
                          FROM monthly_list_version WHERE month = :month AND version = :version""")
                .bind("month", month).bind("version", version)
                .map((row, ctx) -> new MonthlyList(month, version, Rows.instant(row, "published_at"), row.getString(2),
                        new RedCardRule(row.getBigDecimal(3), row.getInt(4), row.getString(5)), List.of(), List.of()))
                .findOne();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Counts counts = scoped(h.createQuery("SELECT count(*), count(*) FILTER (WHERE red_card)"
                        + " FROM monthly_list_officer" + OFFICERS_WHERE), month, version, unitId, officerId, redOnly)
                .map((row, ctx) -> new Counts(row.getLong(1), row.getInt(2))).one();
        List<OfficerEntry> page = scoped(h.createQuery("""
                        SELECT officer_id, police_number, officer_name, unit_id, unit_name, files_evaluated,
                               total_deduction, average_deduction, problem_files, red_card
                          FROM monthly_list_officer""" + OFFICERS_WHERE + OFFICER_ORDER + " LIMIT :limit OFFSET :offset"),
                month, version, unitId, officerId, redOnly)
                .bind("limit", limit).bind("offset", offset)
                .map((row, ctx) -> new OfficerEntry(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getInt(6), row.getBigDecimal(7), row.getBigDecimal(8),
                        row.getInt(9), row.getBoolean(10), List.of()))
                .list();
        Map<String, List<ProblemFile>> problems = new LinkedHashMap<>();
        if (!page.isEmpty()) {
            h.createQuery("""
                            SELECT officer_id, case_file_id, case_number, unit_id, total_deduction, classification
                              FROM monthly_list_problem_file
                             WHERE month = :month AND version = :version AND officer_id = ANY (:officers)
                             ORDER BY case_number, case_file_id""")
                    .bind("month", month).bind("version", version)
                    .bindArray("officers", String.class, page.stream().map(OfficerEntry::officerId).toList())
                    .map((row, ctx) -> {
                        problems.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(new ProblemFile(
                                row.getString(2), row.getString(3), row.getString(4), row.getBigDecimal(5),
                                row.getString(6)));
                        return row.getString(1);
                    })
                    .list();
        }
        List<OfficerEntry> officers = page.stream().map(o -> new OfficerEntry(o.officerId(), o.policeNumber(),
                o.officerName(), o.unitId(), o.unitName(), o.filesEvaluated(), o.totalDeduction(),
                o.averageDeduction(), o.problemFiles(), o.redCard(), problems.getOrDefault(o.officerId(), List.of())))
                .toList();
        List<UnitEntry> units = officerId != null ? List.of() : h.createQuery("""
                        SELECT unit_id, unit_code, unit_name, files_evaluated, total_deduction, average_deduction,
                               problem_files, problem_file_share, red_card_officers
                          FROM monthly_list_unit
                         WHERE month = :month AND version = :version
                           AND (cast(:unitId as text) IS NULL OR unit_id = :unitId)""" + UNIT_ORDER)
                .bind("month", month).bind("version", version).bind("unitId", unitId)
                .map((row, ctx) -> new UnitEntry(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                        row.getBigDecimal(5), row.getBigDecimal(6), row.getInt(7), row.getBigDecimal(8), row.getInt(9)))
                .list();
        MonthlyList list = header.get();
        return Optional.of(new ListSlice(new MonthlyList(month, version, list.publishedAt(), list.publishedBy(),
                list.redCardRule(), officers, units), counts.officers(), counts.redCards()));
    }

    private record Counts(long officers, int redCards) {
    }

    private static Query scoped(Query query, YearMonth month, int version, String unitId, String officerId,
                                boolean redOnly) {
        return query.bind("month", month).bind("version", version).bind("unitId", unitId)
                .bind("officerId", officerId).bind("redOnly", redOnly);
    }

    private static VersionInfo versionInfo(java.sql.ResultSet row, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new VersionInfo(YearMonth.parse(row.getString(1)), row.getInt(2), Rows.instant(row, "published_at"),
                row.getString(4));
    }
}
