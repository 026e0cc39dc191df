package cn.kaoping.incentive.commendation;

import java.math.BigDecimal;
import java.util.List;

/**
 * An officer's line of a commendation ranking: his points in the period, his rank among the eligible (equal points
 * share a rank; none when excluded), and every reason he is excluded.
 */
public record CommendationLine(String officerId, String unitId, BigDecimal points, Integer rank, boolean eligible,
                               List<Exclusion> exclusions) {

    public CommendationLine {
        exclusions = List.copyOf(exclusions);
    }
}
