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
}
