package cn.kaoping.contracts.incentive;

import java.util.List;
import java.util.Objects;

/**
 * 评先评优: the commendation ranking of a period was published (I3): officers by points, and apart from it
 * the officers excluded, each with every reason. Subject: the ranking id.
 *
 * @param period        {@code 2017-Q1}, {@code 2017-H1} or {@code 2017}
 * @param schemeVersion the incentive scheme version the points were earned under
 * @param ranked        eligible officers, rank 1 (most points) first
 * @param excluded      officers who earned points but may not be commended in the period
 */
public record CommendationRankingPublished(
        String rankingId,
        String period,
        String schemeVersion,
        List<RankedOfficer> ranked,
        List<ExcludedOfficer> excluded) implements IncentiveEvent {

    public CommendationRankingPublished {
        Objects.requireNonNull(rankingId, "rankingId");
        ranked = ranked == null ? List.of() : List.copyOf(ranked);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
    }

    @Override
    public String subject() {
        return rankingId;
    }
}
