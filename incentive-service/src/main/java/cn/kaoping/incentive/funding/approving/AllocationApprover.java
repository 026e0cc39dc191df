package cn.kaoping.incentive.funding.approving;

import cn.kaoping.domain.DomainException;
import cn.kaoping.incentive.IncentiveError;
import cn.kaoping.incentive.funding.Allocation;
import cn.kaoping.incentive.funding.Allocations;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** Approves an allocation and adds FundingAllocationApproved to the outbox, in one transaction. */
@ApplicationScoped
public class AllocationApprover {

    private final Db db;
    private final Outbox outbox;

    AllocationApprover(Db db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    public Allocation approve(ApproveAllocation command) {
        Allocation approved = db.inTransaction(h -> {
            Allocation draft = Allocations.find(h, command.allocationId(), true)
                    .orElseThrow(() -> DomainException.notFound(IncentiveError.ALLOCATION_NOT_FOUND,
                            command.allocationId()));
            // Versions of one period are numbered one approval at a time.
            h.execute("SELECT pg_advisory_xact_lock(hashtext(?))", "incentive-allocation-" + draft.period());
            ApprovalDecision.Approved result = ApprovalDecision.decide(command, draft,
                    Allocations.nextVersion(h, draft.period()));
            Allocations.approve(h, result.allocation());
            outbox.add(h, draft.id(), command.actor(), command.at(), result.event());
            return result.allocation();
        });
        outbox.flushSoon();
        return approved;
    }
}
