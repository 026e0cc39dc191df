package cn.kaoping.publicity.list;

import cn.kaoping.publicity.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Published versions of monthly lists: written once, read many times, never changed (the tables refuse it). */
@ApplicationScoped
public class PublishedLists {

    /** The next version number of a month; the counter row serialises concurrent publications. */
    public int nextVersion(Connection c, YearMonth month) throws SQLException {
        return Sql.one(c, """
                INSERT INTO monthly_list_counter (month, last_version) VALUES (?, 1)
                ON CONFLICT (month) DO UPDATE SET last_version = monthly_list_counter.last_version + 1
                RETURNING last_version""", row -> row.getInt(1), month).orElseThrow();
    }

    public void insert(Connection c, MonthlyList list) throws SQLException {
        YearMonth month = list.month();
        int version = list.version();
        Sql.update(c, """
                INSERT INTO monthly_list_version (month, version, published_at, published_by, red_card_average_above,
                                                  red_card_minimum_files, red_card_rule_source)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", month, version, list.publishedAt(), list.publishedBy(),
                list.redCardRule().averageAbove(), list.redCardRule().minimumFiles(), list.redCardRule().source());
        for (OfficerEntry officer : list.officers()) {
            Sql.update(c, """
                    INSERT INTO monthly_list_officer (month, version, officer_id, police_number, officer_name, unit_id,
                        unit_name, files_evaluated, total_deduction, average_deduction, problem_files, red_card)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    month, version, officer.officerId(), officer.policeNumber(), officer.officerName(),
                    officer.unitId(), officer.unitName(), officer.filesEvaluated(), officer.totalDeduction(),
                    officer.averageDeduction(), officer.problemFiles(), officer.redCard());
            for (ProblemFile file : officer.problemFileList()) {
                Sql.update(c, """
                        INSERT INTO monthly_list_problem_file (month, version, officer_id, case_file_id, case_number,
                            unit_id, total_deduction, classification)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                        month, version, officer.officerId(), file.caseFileId(), file.caseNumber(), file.unitId(),
                        file.totalDeduction(), file.classification());
            }
        }
        for (UnitEntry unit : list.units()) {
            Sql.update(c, """
                    INSERT INTO monthly_list_unit (month, version, unit_id, unit_code, unit_name, files_evaluated,
                        total_deduction, average_deduction, problem_files, problem_file_share, red_card_officers)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    month, version, unit.unitId(), unit.unitCode(), unit.unitName(), unit.filesEvaluated(),
                    unit.totalDeduction(), unit.averageDeduction(), unit.problemFiles(), unit.problemFileShare(),
                    unit.redCardOfficers());
        }
    }

    public Optional<Integer> latestVersion(Connection c, YearMonth month) throws SQLException {
        return Sql.one(c, "SELECT max(version) FROM monthly_list_version WHERE month = ?",
                row -> Sql.integer(row, "max"), month);
    }

    /** Every published version of a month, oldest first. */
    public List<VersionInfo> versions(Connection c, YearMonth month) throws SQLException {
        return Sql.list(c, "SELECT month, version, published_at, published_by FROM monthly_list_version"
                        + " WHERE month = ? ORDER BY version", PublishedLists::versionInfo, month);
    }

    /** The latest version of every month that has one, newest month first. */
    public List<VersionInfo> latestOfEachMonth(Connection c) throws SQLException {
        return Sql.list(c, """
                SELECT DISTINCT ON (month) month, version, published_at, published_by FROM monthly_list_version
                 ORDER BY month DESC, version DESC""", PublishedLists::versionInfo);
    }

    public Optional<MonthlyList> find(Connection c, YearMonth month, int version) throws SQLException {
        Optional<MonthlyList> header = Sql.one(c, """
                SELECT published_at, published_by, red_card_average_above, red_card_minimum_files, red_card_rule_source
                  FROM monthly_list_version WHERE month = ? AND version = ?""",
                row -> new MonthlyList(month, version, Sql.instant(row, "published_at"), row.getString(2),
                        new RedCardRule(row.getBigDecimal(3), row.getInt(4), row.getString(5)), List.of(), List.of()),
                month, version);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<ProblemFile>> problems = new LinkedHashMap<>();
        Sql.list(c, """
                SELECT officer_id, case_file_id, case_number, unit_id, total_deduction, classification
                  FROM monthly_list_problem_file WHERE month = ? AND version = ? ORDER BY case_number, case_file_id""",
                row -> problems.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(new ProblemFile(
                        row.getString(2), row.getString(3), row.getString(4), row.getBigDecimal(5), row.getString(6))),
                month, version);
        List<OfficerEntry> officers = new ArrayList<>(Sql.list(c, """
                SELECT officer_id, police_number, officer_name, unit_id, unit_name, files_evaluated, total_deduction,
                       average_deduction, problem_files, red_card
                  FROM monthly_list_officer WHERE month = ? AND version = ?""",
                row -> new OfficerEntry(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getInt(6), row.getBigDecimal(7), row.getBigDecimal(8), row.getInt(9),
                        row.getBoolean(10), problems.getOrDefault(row.getString(1), List.of())),
                month, version));
        officers.sort(MonthlyListAggregator.OFFICER_ORDER);
        List<UnitEntry> units = new ArrayList<>(Sql.list(c, """
                SELECT unit_id, unit_code, unit_name, files_evaluated, total_deduction, average_deduction, problem_files,
                       problem_file_share, red_card_officers
                  FROM monthly_list_unit WHERE month = ? AND version = ?""",
                row -> new UnitEntry(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                        row.getBigDecimal(5), row.getBigDecimal(6), row.getInt(7), row.getBigDecimal(8), row.getInt(9)),
                month, version));
        units.sort(MonthlyListAggregator.UNIT_ORDER);
        MonthlyList list = header.get();
        return Optional.of(new MonthlyList(month, version, list.publishedAt(), list.publishedBy(), list.redCardRule(),
                officers, units));
    }

    private static VersionInfo versionInfo(java.sql.ResultSet row) throws SQLException {
        return new VersionInfo(YearMonth.parse(row.getString(1)), row.getInt(2), Sql.instant(row, "published_at"),
                row.getString(4));
    }

    /** A published version without its rows. */
    public record VersionInfo(YearMonth month, int version, Instant publishedAt, String publishedBy) {
    }
}
