package cn.kaoping.incentive.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's line of an allocation: its points (each of its files once), weight, share of the pool, exact quota,
 * amount to the cent, and its officers' lines, which sum to its amount.
 *
 * @param equalSplit true when none of the unit's officers has positive points, so its amount is split equally
 */
public record UnitLine(
        String unitId,
        String unitCode,
        BigDecimal points,
        BigDecimal weight,
        BigDecimal share,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quota,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        boolean remainderCent,
        boolean equalSplit,
        List<OfficerLine> officers) {

    public UnitLine {
        officers = officers == null ? List.of() : List.copyOf(officers);
    }
}
