package cn.kaoping.incentive.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * An officer's line of an allocation: his points, the weight they count for (points below 0 count 0), his share
 * of the unit's weight, his exact quota in yuan (6 decimals), and the yuan given to the cent.
 *
 * @param remainderCent whether one of his cents is a leftover cent of the largest remainder method
 */
public record OfficerLine(
        String officerId,
        String policeNumber,
        BigDecimal points,
        BigDecimal weight,
        BigDecimal share,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quota,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        boolean remainderCent) {
}
