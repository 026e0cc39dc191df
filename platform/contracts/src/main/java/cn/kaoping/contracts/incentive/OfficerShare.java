package cn.kaoping.contracts.incentive;

import cn.kaoping.contracts.Money;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An officer's line of a {@link FundingAllocationApproved}: his points (as primary officer, plus his share as
 * co-handler) and his part of his unit's amount, in yuan.
 */
public record OfficerShare(
        String officerId,
        String unitId,
        BigDecimal points,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

    public OfficerShare {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
        amount = Money.yuan(amount, "amount");
    }
}
