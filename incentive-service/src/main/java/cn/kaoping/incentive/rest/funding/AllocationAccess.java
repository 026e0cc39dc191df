package cn.kaoping.incentive.rest.funding;

import cn.kaoping.incentive.funding.Allocation;
import cn.kaoping.incentive.funding.UnitLine;
import cn.kaoping.web.security.AccessScope;
import java.util.ArrayList;
import java.util.List;

/** What of an allocation a caller sees: everything, his unit's line, or his own line within it. */
final class AllocationAccess {

    private AllocationAccess() {
    }

    static Allocation narrow(Allocation a, AccessScope scope) {
        if (scope.isEverything()) {
            return a;
        }
        List<UnitLine> units = new ArrayList<>();
        for (UnitLine unit : a.units()) {
            if (scope.officerId() == null) {
                if (scope.coversUnit(unit.unitId())) {
                    units.add(unit);
                }
                continue;
            }
            var own = unit.officers().stream().filter(o -> scope.covers(unit.unitId(), o.officerId())).toList();
            if (!own.isEmpty()) {
                units.add(new UnitLine(unit.unitId(), unit.unitCode(), unit.points(), unit.weight(), unit.share(),
                        unit.quota(), unit.amount(), unit.remainderCent(), unit.equalSplit(), own));
            }
        }
        return new Allocation(a.id(), a.period(), a.pool(), a.version(), a.state(), a.schemeVersion(), a.tieRule(),
                units, a.createdBy(), a.createdAt(), a.approvedBy(), a.approvedAt());
    }
}
