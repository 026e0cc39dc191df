package cn.kaoping.incentive.commendation;

import cn.kaoping.incentive.performance.OfficerPoints;
import cn.kaoping.incentive.performance.Performance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking (I3): officers by their points in the period (across units), most first; excluded, each with every
 * reason, those red-carded or held liable in the period and, when the scheme checks it for this kind of period,
 * those short of the yearly rotation days. Eligible officers are ranked 1, 2, …; equal points share a rank.
 */
public final class CommendationDecision {

    private CommendationDecision() {
    }

    /**
     * @param exclusions     officer id → red-card and accountability reasons found in the period
     * @param rotationDays   officer id → rotation-training days of the year (absent: none)
     * @param minimumDays    the rulebook's yearly minimum; null when the rotation rule does not apply
     */
    public static Ranking decide(Performance performance, Map<String, List<Exclusion>> exclusions,
                                 Map<String, BigDecimal> rotationDays, Integer minimumDays, int year) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        Map<String, String> unitOf = new LinkedHashMap<>();
        Map<String, BigDecimal> best = new LinkedHashMap<>();
        for (OfficerPoints line : performance.officers()) {
            points.merge(line.officerId(), line.points(), BigDecimal::add);
            BigDecimal current = best.get(line.officerId());
            if (current == null || line.points().compareTo(current) > 0) {
                best.put(line.officerId(), line.points());
                unitOf.put(line.officerId(), line.unitId());
            }
        }
        List<String> officers = new ArrayList<>(points.keySet());
        officers.sort(Comparator.comparing((String o) -> points.get(o)).reversed().thenComparing(o -> o));
        List<CommendationLine> lines = new ArrayList<>();
        int eligibleSeen = 0;
        int rank = 0;
        BigDecimal previous = null;
        for (String officer : officers) {
            List<Exclusion> reasons = new ArrayList<>(exclusions.getOrDefault(officer, List.of()));
            if (minimumDays != null) {
                BigDecimal days = rotationDays.getOrDefault(officer, BigDecimal.ZERO);
                if (days.compareTo(BigDecimal.valueOf(minimumDays)) < 0) {
                    reasons.add(new Exclusion(ExclusionKind.ROTATION_SHORTFALL, year + " 年轮训 "
                            + days.stripTrailingZeros().toPlainString() + " 天，少于规定的 " + minimumDays + " 天"));
                }
            }
            reasons.sort(Comparator.comparing(Exclusion::reason).thenComparing(Exclusion::detail));
            BigDecimal p = points.get(officer);
            Integer officerRank = null;
            if (reasons.isEmpty()) {
                eligibleSeen++;
                if (previous == null || p.compareTo(previous) != 0) {
                    rank = eligibleSeen;
                    previous = p;
                }
                officerRank = rank;
            }
            lines.add(new CommendationLine(officer, unitOf.get(officer), p, officerRank, reasons.isEmpty(), reasons));
        }
        return new Ranking(performance.period(), performance.schemeVersion(), minimumDays != null, minimumDays, lines);
    }
}
