package cn.kaoping.contracts.evaluation;

import cn.kaoping.contracts.Nullable;
import java.math.BigDecimal;

/**
 * A finding of the unit legal officer's pre-review (初评, E2). It guides the officer's corrections and is not
 * part of any score.
 *
 * @param findingId "P1-2" is the second finding of the first pre-review
 */
public record PreReviewFinding(
        String findingId,
        String itemCode,
        String dimension,
        BigDecimal points,
        FindingClass findingClass,
        boolean veto,
        @Nullable String note) {
}
