package cn.kaoping.incentive.funding.approving;

import cn.kaoping.contracts.incentive.FundingAllocationApproved;
import cn.kaoping.contracts.incentive.OfficerShare;
import cn.kaoping.contracts.incentive.UnitShare;
import cn.kaoping.domain.DomainException;
import cn.kaoping.incentive.IncentiveError;
import cn.kaoping.incentive.funding.Allocation;
import cn.kaoping.incentive.funding.AllocationState;
import cn.kaoping.incentive.funding.OfficerLine;
import cn.kaoping.incentive.funding.UnitLine;
import java.util.ArrayList;
import java.util.List;

/** Approval freezes a draft under the next version of its period; an approved allocation is never approved again. */
public final class ApprovalDecision {

    private ApprovalDecision() {
    }

    public record Approved(Allocation allocation, FundingAllocationApproved event) {
    }

    public static Approved decide(ApproveAllocation command, Allocation draft, int nextVersion) {
        if (draft.state() == AllocationState.APPROVED) {
            throw DomainException.conflict(IncentiveError.ALLOCATION_ALREADY_APPROVED, draft.id(), draft.version());
        }
        Allocation approved = new Allocation(draft.id(), draft.period(), draft.pool(), nextVersion,
                AllocationState.APPROVED, draft.schemeVersion(), draft.tieRule(), draft.units(), draft.createdBy(),
                draft.createdAt(), command.actor().id(), command.at());
        List<UnitShare> units = new ArrayList<>();
        List<OfficerShare> officers = new ArrayList<>();
        for (UnitLine unit : draft.units()) {
            units.add(new UnitShare(unit.unitId(), unit.points(), unit.amount()));
            for (OfficerLine officer : unit.officers()) {
                officers.add(new OfficerShare(officer.officerId(), unit.unitId(), officer.points(), officer.amount()));
            }
        }
        return new Approved(approved, new FundingAllocationApproved(draft.id(), draft.period(), nextVersion,
                draft.pool(), draft.schemeVersion(), units, officers));
    }
}
