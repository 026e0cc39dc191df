package cn.kaoping.contracts.incentive;

import java.math.BigDecimal;
import java.util.Objects;

/** An eligible officer's place in a {@link CommendationRankingPublished}, ten-best bonuses included in his points. */
public record RankedOfficer(
        int rank,
        String officerId,
        String unitId,
        BigDecimal points) {

    public RankedOfficer {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
    }
}
