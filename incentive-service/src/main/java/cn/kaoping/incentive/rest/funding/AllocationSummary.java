package cn.kaoping.incentive.rest.funding;

import cn.kaoping.incentive.funding.Allocation;
import cn.kaoping.incentive.funding.AllocationState;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;

/** An allocation in a list, without its lines. */
public record AllocationSummary(String id, String period, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pool,
                                Integer version, AllocationState state, String schemeVersion, Instant createdAt,
                                Instant approvedAt) {

    static AllocationSummary of(Allocation a) {
        return new AllocationSummary(a.id(), a.period(), a.pool(), a.version(), a.state(), a.schemeVersion(),
                a.createdAt(), a.approvedAt());
    }
}
