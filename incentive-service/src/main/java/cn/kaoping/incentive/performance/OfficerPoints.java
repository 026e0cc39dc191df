package cn.kaoping.incentive.performance;

import java.math.BigDecimal;
import java.util.List;

/** An officer's points in a period within one unit (his files of that unit, as primary officer or co-handler). */
public record OfficerPoints(String officerId, String unitId, BigDecimal points, List<FilePoints> files) {

    public OfficerPoints {
        files = List.copyOf(files);
    }
}
