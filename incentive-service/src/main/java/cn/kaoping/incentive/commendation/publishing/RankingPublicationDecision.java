package cn.kaoping.incentive.commendation.publishing;

import cn.kaoping.contracts.incentive.CommendationRankingPublished;
import cn.kaoping.contracts.incentive.ExcludedOfficer;
import cn.kaoping.contracts.incentive.ExclusionReason;
import cn.kaoping.contracts.incentive.RankedOfficer;
import cn.kaoping.domain.DomainException;
import cn.kaoping.incentive.IncentiveError;
import cn.kaoping.incentive.commendation.CommendationLine;
import cn.kaoping.incentive.commendation.Exclusion;
import cn.kaoping.incentive.commendation.ExclusionKind;
import cn.kaoping.incentive.commendation.Ranking;
import java.util.ArrayList;
import java.util.List;

/** The published ranking's event: eligible officers by rank, the excluded apart with every reason. */
public final class RankingPublicationDecision {

    private RankingPublicationDecision() {
    }

    public static CommendationRankingPublished decide(PublishRanking command, Ranking ranking) {
        if (ranking.officers().isEmpty()) {
            throw DomainException.conflict(IncentiveError.NO_POINTS, command.period());
        }
        List<RankedOfficer> ranked = new ArrayList<>();
        List<ExcludedOfficer> excluded = new ArrayList<>();
        for (CommendationLine line : ranking.officers()) {
            if (line.eligible()) {
                ranked.add(new RankedOfficer(line.rank(), line.officerId(), line.unitId(), line.points()));
            } else {
                excluded.add(new ExcludedOfficer(line.officerId(), line.unitId(), line.points(),
                        line.exclusions().stream().map(Exclusion::reason).distinct()
                                .map(RankingPublicationDecision::reason).toList()));
            }
        }
        return new CommendationRankingPublished(command.rankingId(), ranking.period(), ranking.schemeVersion(), ranked,
                excluded);
    }

    private static ExclusionReason reason(ExclusionKind kind) {
        return switch (kind) {
            case RED_CARD -> ExclusionReason.RED_CARD;
            case ACCOUNTABILITY -> ExclusionReason.LIABILITY;
            case ROTATION_SHORTFALL -> ExclusionReason.ROTATION_SHORTFALL;
        };
    }
}
