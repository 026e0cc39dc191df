package cn.kaoping.incentive.funding.allocating;

import cn.kaoping.domain.DomainException;
import cn.kaoping.incentive.IncentiveError;
import cn.kaoping.incentive.funding.Allocation;
import cn.kaoping.incentive.funding.AllocationState;
import cn.kaoping.incentive.funding.LargestRemainder;
import cn.kaoping.incentive.funding.OfficerLine;
import cn.kaoping.incentive.funding.UnitLine;
import cn.kaoping.incentive.performance.OfficerPoints;
import cn.kaoping.incentive.performance.Performance;
import cn.kaoping.incentive.performance.UnitPoints;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The split of a pool (I2): units by their points, then each unit's amount across its officers by theirs, both by
 * the largest remainder method in cents, so that both levels sum exactly. Points below zero weigh 0. No positive
 * points in the period is a conflict (there is nothing to split by).
 */
public final class AllocationDecision {

    private static final Pattern POOL = Pattern.compile("^[0-9]{1,13}(\\.[0-9]{1,2})?$");
    private static final int SHARE_SCALE = 8;

    private AllocationDecision() {
    }

    /** The pool in yuan, or 400 INVALID_POOL naming {@code pool}. */
    public static BigDecimal pool(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalidField(IncentiveError.REQUIRED, "pool");
        }
        if (!POOL.matcher(text.strip()).matches()) {
            throw DomainException.invalidField(IncentiveError.INVALID_POOL, "pool", text);
        }
        BigDecimal pool = new BigDecimal(text.strip()).setScale(2, RoundingMode.UNNECESSARY);
        if (pool.signum() <= 0) {
            throw DomainException.invalidField(IncentiveError.INVALID_POOL, "pool", text);
        }
        return pool;
    }

    /**
     * @param unitCodes     unit id → code (the tie rule); a unit the directory does not know sorts by its id
     * @param policeNumbers officer id → police number (the tie rule within a unit)
     */
    public static Allocation decide(AllocateFunding command, Performance performance, Map<String, String> unitCodes,
                                    Map<String, String> policeNumbers) {
        BigDecimal pool = pool(command.pool());
        List<UnitPoints> units = new ArrayList<>(performance.units());
        units.sort(Comparator.comparing((UnitPoints u) -> unitCodes.getOrDefault(u.unitId(), u.unitId()))
                .thenComparing(UnitPoints::unitId));
        List<BigDecimal> unitWeights = units.stream().map(u -> weight(u.points())).toList();
        BigDecimal totalWeight = unitWeights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (totalWeight.signum() == 0) {
            throw DomainException.conflict(IncentiveError.NO_POINTS, command.period());
        }
        long poolCents = pool.movePointRight(2).longValueExact();
        List<LargestRemainder.Part> unitParts = LargestRemainder.split(poolCents, unitWeights);
        List<UnitLine> lines = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitPoints unit = units.get(i);
            LargestRemainder.Part part = unitParts.get(i);
            List<OfficerPoints> officers = new ArrayList<>(performance.officers().stream()
                    .filter(o -> o.unitId().equals(unit.unitId())).toList());
            officers.sort(Comparator.comparing((OfficerPoints o) -> policeNumbers.getOrDefault(o.officerId(), o.officerId()))
                    .thenComparing(OfficerPoints::officerId));
            List<BigDecimal> weights = officers.stream().map(o -> weight(o.points())).toList();
            BigDecimal officerTotal = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean equal = part.cents() > 0 && officerTotal.signum() == 0;
            if (equal) {
                // Every officer of the unit has 0 or fewer points: the unit's amount still goes to its officers.
                weights = officers.stream().map(o -> BigDecimal.ONE).toList();
                officerTotal = BigDecimal.valueOf(officers.size());
            }
            List<OfficerLine> officerLines = new ArrayList<>();
            List<LargestRemainder.Part> officerParts = part.cents() == 0 || officers.isEmpty()
                    ? officers.stream().map(o -> new LargestRemainder.Part(0, false, BigDecimal.ZERO)).toList()
                    : LargestRemainder.split(part.cents(), weights);
            for (int k = 0; k < officers.size(); k++) {
                OfficerPoints o = officers.get(k);
                LargestRemainder.Part p = officerParts.get(k);
                officerLines.add(new OfficerLine(o.officerId(), policeNumbers.get(o.officerId()), o.points(),
                        weights.get(k), share(weights.get(k), officerTotal), yuan(p.quotaCents()),
                        BigDecimal.valueOf(p.cents(), 2), p.remainderCent()));
            }
            lines.add(new UnitLine(unit.unitId(), unitCodes.get(unit.unitId()), unit.points(), unitWeights.get(i),
                    share(unitWeights.get(i), totalWeight), yuan(part.quotaCents()), BigDecimal.valueOf(part.cents(), 2),
                    part.remainderCent(), equal, officerLines));
        }
        return new Allocation(command.allocationId(), command.period(), pool, null, AllocationState.DRAFT,
                performance.schemeVersion(), Allocation.TIE_RULE, lines, command.actorId(), command.at(), null, null);
    }

    private static BigDecimal weight(BigDecimal points) {
        return points.signum() > 0 ? points : BigDecimal.ZERO.setScale(points.scale());
    }

    private static BigDecimal share(BigDecimal weight, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO.setScale(SHARE_SCALE)
                : weight.divide(total, SHARE_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal yuan(BigDecimal cents) {
        return cents.movePointLeft(2).setScale(6, RoundingMode.HALF_EVEN);
    }
}
