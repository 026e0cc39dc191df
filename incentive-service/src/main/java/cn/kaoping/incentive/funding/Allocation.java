package cn.kaoping.incentive.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * 经费跟着案件走: an allocation of a period's funding pool (I2), split across units by their points and each unit's
 * amount across its officers by theirs, by the largest remainder method in cents; ties go to the unit code (then the
 * unit id), and within a unit to the police number (then the officer id). {@code version} is given at approval:
 * 1 for the first approved allocation of the period, then 2, …
 */
public record Allocation(
        String id,
        String period,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pool,
        Integer version,
        AllocationState state,
        String schemeVersion,
        String tieRule,
        List<UnitLine> units,
        String createdBy,
        Instant createdAt,
        String approvedBy,
        Instant approvedAt) {

    public static final String TIE_RULE = "最大余额法（分）：先按精确份额取整分，余下的分依余数从大到小各补 1 分；余数相同的，"
            + "单位按单位代码、民警按警号从小到大优先。积分为负的按 0 计。";

    public Allocation {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
