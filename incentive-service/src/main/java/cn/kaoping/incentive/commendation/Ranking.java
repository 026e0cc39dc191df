package cn.kaoping.incentive.commendation;

import java.util.List;

/** 评先评优: the eligibility ranking of a period (I3), under the scheme version in force for it. */
public record Ranking(String period, String schemeVersion, boolean rotationChecked, Integer rotationMinimumDays,
                      List<CommendationLine> officers) {

    public Ranking {
        officers = List.copyOf(officers);
    }
}
