package cn.kaoping.publicity.list;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's enforcement list (P1): live (computed from the projection now) or a published version
 * (frozen, immutable).
 *
 * @param version     null for the live list
 * @param publishedAt null for the live list
 */
public record MonthlyList(
        YearMonth month,
        Integer version,
        Instant publishedAt,
        String publishedBy,
        RedCardRule redCardRule,
        List<OfficerEntry> officers,
        List<UnitEntry> units) {

    public MonthlyList {
        officers = List.copyOf(officers);
        units = List.copyOf(units);
    }

    public boolean isPublished() {
        return version != null;
    }

    public List<OfficerEntry> redCards() {
        return officers.stream().filter(OfficerEntry::redCard).toList();
    }

    /** Files of the month (each once, through the units). */
    public int filesEvaluated() {
        return units.stream().mapToInt(UnitEntry::filesEvaluated).sum();
    }

    public BigDecimal totalDeduction() {
        return Deductions.amount(units.stream().map(UnitEntry::totalDeduction).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public BigDecimal averageDeduction() {
        return Deductions.average(totalDeduction(), filesEvaluated());
    }

    public int problemFiles() {
        return units.stream().mapToInt(UnitEntry::problemFiles).sum();
    }

    /**
     * The part of the list within a scope ({@code null}: no limit): the officers of a unit and that unit's line,
     * or one officer's own line and no unit line (a unit's figures are not his to see).
     */
    public MonthlyList within(String unitId, String officerId) {
        List<OfficerEntry> shownOfficers = officers.stream()
                .filter(o -> unitId == null || unitId.equals(o.unitId()))
                .filter(o -> officerId == null || officerId.equals(o.officerId()))
                .toList();
        List<UnitEntry> shownUnits = officerId != null ? List.of()
                : units.stream().filter(u -> unitId == null || unitId.equals(u.unitId())).toList();
        return new MonthlyList(month, version, publishedAt, publishedBy, redCardRule, shownOfficers, shownUnits);
    }

    /** The same list with other officers' lines (a page of them). */
    public MonthlyList withOfficers(List<OfficerEntry> shown) {
        return new MonthlyList(month, version, publishedAt, publishedBy, redCardRule, shown, units);
    }
}
