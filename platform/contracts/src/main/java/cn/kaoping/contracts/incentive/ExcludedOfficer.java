package cn.kaoping.contracts.incentive;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** An officer left out of a {@link CommendationRankingPublished}, with his points and every reason that applies. */
public record ExcludedOfficer(
        String officerId,
        String unitId,
        BigDecimal points,
        List<ExclusionReason> reasons) {

    public ExcludedOfficer {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
