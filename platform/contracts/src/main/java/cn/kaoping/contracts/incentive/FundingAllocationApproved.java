package cn.kaoping.contracts.incentive;

import cn.kaoping.contracts.Money;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * 经费跟着案件走: an allocation of a period's funding pool was approved (I2). The pool is split across units
 * by points (largest remainder in cents, ties to the unit code), then each unit's amount across its officers
 * the same way; both levels sum exactly. An approved allocation never changes: a new one for the same period
 * has a higher {@code version}. Amounts are {@link Money} (JSON strings such as {@code "60396.04"}).
 * Subject: the allocation id.
 *
 * @param period        {@code 2017-Q1}, {@code 2017-H1} or {@code 2017}
 * @param version       1 for the first approved allocation of the period, then 2, …
 * @param pool          the funding pool in yuan
 * @param schemeVersion the incentive scheme version the points were earned under
 * @param units         every unit's points and amount; the amounts sum to {@code pool}
 * @param officers      every officer's points and amount; per unit they sum to the unit's amount
 */
public record FundingAllocationApproved(
        String allocationId,
        String period,
        int version,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pool,
        String schemeVersion,
        List<UnitShare> units,
        List<OfficerShare> officers) implements IncentiveEvent {

    public FundingAllocationApproved {
        Objects.requireNonNull(allocationId, "allocationId");
        pool = Money.yuan(pool, "pool");
        units = units == null ? List.of() : List.copyOf(units);
        officers = officers == null ? List.of() : List.copyOf(officers);
    }

    @Override
    public String subject() {
        return allocationId;
    }
}
