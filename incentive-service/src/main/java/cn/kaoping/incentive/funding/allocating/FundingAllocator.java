package cn.kaoping.incentive.funding.allocating;

import cn.kaoping.incentive.funding.Allocation;
import cn.kaoping.incentive.funding.Allocations;
import cn.kaoping.incentive.funding.TieKeys;
import cn.kaoping.incentive.performance.Performance;
import cn.kaoping.incentive.performance.PerformanceLedger;
import cn.kaoping.domain.Period;
import cn.kaoping.incentive.period.Periods;
import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;

/** Creates a draft allocation: the period's points as they stand, split by the decision, stored in one transaction. */
@ApplicationScoped
public class FundingAllocator {

    private final Db db;

    FundingAllocator(Db db) {
        this.db = db;
    }

    public Allocation allocate(AllocateFunding command) {
        Period period = Periods.parse(command.period());
        AllocationDecision.pool(command.pool());
        return db.inTransaction(h -> {
            Performance performance = PerformanceLedger.of(h, period);
            Allocation allocation = AllocationDecision.decide(
                    new AllocateFunding(command.allocationId(), period.text(), command.pool(), command.actorId(),
                            command.at()),
                    performance, TieKeys.unitCodes(h), TieKeys.policeNumbers(h));
            Allocations.insert(h, allocation);
            return allocation;
        });
    }
}
