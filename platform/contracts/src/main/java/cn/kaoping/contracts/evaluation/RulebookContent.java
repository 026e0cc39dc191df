package cn.kaoping.contracts.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 执法质量考评细则: the full content of one rulebook version (E7), in the JSON format an ADMIN posts to
 * publish a version and in which the default version ships. All numbers are configuration, not code.
 *
 * @param effectiveFrom      the version applies to case files closed on or after this date
 * @param unrectifiedFactor  an unrectified round-one finding counts this many times its points (E6)
 */
public record RulebookContent(
        String versionId,
        String name,
        LocalDate effectiveFrom,
        List<RulebookDimension> dimensions,
        List<RulebookItem> items,
        List<RulebookProcessPenalty> processPenalties,
        RulebookGradeBands gradeBands,
        RulebookDeadlines deadlines,
        BigDecimal unrectifiedFactor,
        RulebookThresholds thresholds) {

    public RulebookContent {
        dimensions = Lists.copy(dimensions);
        items = Lists.copy(items);
        processPenalties = Lists.copy(processPenalties);
    }
}
