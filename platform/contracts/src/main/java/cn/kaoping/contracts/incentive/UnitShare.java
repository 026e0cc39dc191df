package cn.kaoping.contracts.incentive;

import cn.kaoping.contracts.Money;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit's line of a {@link FundingAllocationApproved}: its points (each of its files counted once) and the
 * cents it was given, in yuan.
 */
public record UnitShare(
        String unitId,
        BigDecimal points,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

    public UnitShare {
        Objects.requireNonNull(unitId, "unitId");
        amount = Money.yuan(amount, "amount");
    }
}
