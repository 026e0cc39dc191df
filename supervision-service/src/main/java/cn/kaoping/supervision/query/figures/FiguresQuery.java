package cn.kaoping.supervision.query.figures;

import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * S3 figures of a year: officers held accountable per batch and by form and unit (by the outcome now in force of
 * each case decided in the year: a review or appeal replaces the decision's outcome, the batch stays), and the
 * tracking items opened in the year that are open or overdue, by unit.
 */
@ApplicationScoped
public class FiguresQuery {

    private final Db db;
    private final cn.kaoping.runtime.time.BureauSettings bureau;

    FiguresQuery(Db db, cn.kaoping.runtime.time.BureauSettings bureau) {
        this.db = db;
        this.bureau = bureau;
    }

    public record AccountableOfficer(String officerId, String officerName, String unitId, String unitName,
                                     List<String> forms) {
    }

    public record Batch(String batch, List<AccountableOfficer> officers) {
    }

    public record FormCount(String code, long officers) {
    }

    public record UnitFigures(String unitId, String unitName, long accountableOfficers, long openItems,
                              long overdueItems) {
    }

    public record Figures(int year, List<Batch> batches, long accountableOfficers, List<FormCount> byForm,
                          long openItems, long overdueItems, List<UnitFigures> byUnit) {
    }

    private record Row(String batch, String officerId, String officerName, String unitId, String unitName,
                       List<String> forms) {
    }

    public Figures of(int year) {
        return db.withHandle(h -> {
            List<Row> rows = h.createQuery("""
                            WITH decision AS (
                                SELECT case_id, batch FROM accountability_outcome
                                 WHERE kind = 'DECISION' AND extract(year FROM decided_on) = :year),
                            current AS (
                                SELECT DISTINCT ON (case_id) case_id, liable, forms FROM accountability_outcome
                                 ORDER BY case_id, seq DESC)
                            SELECT d.batch, c.officer_id, o.name AS officer_name, c.unit_id, u.name AS unit_name, cur.forms
                              FROM decision d JOIN current cur ON cur.case_id = d.case_id AND cur.liable
                              JOIN accountability_case c ON c.case_id = d.case_id
                              LEFT JOIN officer_directory o ON o.officer_id = c.officer_id
                              LEFT JOIN unit_directory u ON u.unit_id = c.unit_id
                             ORDER BY d.batch, u.code NULLS LAST, c.officer_id""")
                    .bind("year", year)
                    .map((rs, ctx) -> new Row(rs.getString("batch"), rs.getString("officer_id"),
                            rs.getString("officer_name"), rs.getString("unit_id"), rs.getString("unit_name"),
                            List.of((String[]) rs.getArray("forms").getArray())))
                    .list();
            Map<String, Map<String, AccountableOfficer>> batches = new LinkedHashMap<>();
            Map<String, java.util.Set<String>> byForm = new TreeMap<>();
            Map<String, java.util.Set<String>> officersByUnit = new TreeMap<>();
            Map<String, String> unitNames = new TreeMap<>();
            java.util.Set<String> officers = new java.util.TreeSet<>();
            for (Row r : rows) {
                batches.computeIfAbsent(r.batch(), b -> new LinkedHashMap<>()).merge(r.officerId(),
                        new AccountableOfficer(r.officerId(), r.officerName(), r.unitId(), r.unitName(), r.forms()),
                        (a, b) -> new AccountableOfficer(a.officerId(), a.officerName(), a.unitId(), a.unitName(),
                                union(a.forms(), b.forms())));
                r.forms().forEach(f -> byForm.computeIfAbsent(f, k -> new java.util.TreeSet<>()).add(r.officerId()));
                officersByUnit.computeIfAbsent(r.unitId(), k -> new java.util.TreeSet<>()).add(r.officerId());
                unitNames.put(r.unitId(), r.unitName());
                officers.add(r.officerId());
            }
            Map<String, long[]> items = new TreeMap<>();
            h.createQuery("""
                            SELECT t.unit_id, u.name, count(*) FILTER (WHERE t.state = 'OPEN') AS open,
                                   count(*) FILTER (WHERE t.state = 'OVERDUE') AS overdue
                              FROM tracking_item t LEFT JOIN unit_directory u ON u.unit_id = t.unit_id
                             WHERE extract(year FROM t.opened_at AT TIME ZONE :zone) = :year
                             GROUP BY t.unit_id, u.name""")
                    .bind("year", year).bind("zone", bureau.timeZone().getId())
                    .map((rs, ctx) -> {
                        unitNames.putIfAbsent(rs.getString(1), rs.getString(2));
                        return Map.entry(rs.getString(1), new long[] {rs.getLong(3), rs.getLong(4)});
                    })
                    .forEach(e -> items.put(e.getKey(), e.getValue()));
            List<UnitFigures> byUnit = new ArrayList<>();
            java.util.Set<String> units = new java.util.TreeSet<>(unitNames.keySet());
            long open = 0;
            long overdue = 0;
            for (String unit : units) {
                long[] counts = items.getOrDefault(unit, new long[2]);
                open += counts[0];
                overdue += counts[1];
                byUnit.add(new UnitFigures(unit, unitNames.get(unit),
                        officersByUnit.getOrDefault(unit, java.util.Set.of()).size(), counts[0], counts[1]));
            }
            return new Figures(year,
                    batches.entrySet().stream().map(e -> new Batch(e.getKey(), List.copyOf(e.getValue().values()))).toList(),
                    officers.size(),
                    byForm.entrySet().stream().map(e -> new FormCount(e.getKey(), e.getValue().size())).toList(),
                    open, overdue, byUnit);
        });
    }

    private static List<String> union(List<String> a, List<String> b) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
