package cn.kaoping.incentive.performance;

import java.util.List;

/** 绩效: points per officer and per unit for a period (I1), under the scheme version in force for it. */
public record Performance(String period, String schemeVersion, List<OfficerPoints> officers, List<UnitPoints> units) {

    public Performance {
        officers = List.copyOf(officers);
        units = List.copyOf(units);
    }
}
