package cn.kaoping.evaluation.query.whatif;

import cn.kaoping.contracts.evaluation.RulebookThresholds;
import cn.kaoping.evaluation.rulebook.whatif.FileComparison;
import cn.kaoping.evaluation.rulebook.whatif.WhatIfSummary;
import java.time.YearMonth;
import java.util.List;

/**
 * A 规则试算 over the files of {@code [from, to]}: the summary in full, one page of the files.
 *
 * @param thresholdsNow   the red-card thresholds "now" (the rulebook in force today)
 * @param thresholdsDraft the draft's
 * @param files           the requested page of files, by evaluation month and case number
 * @param totalFiles      all files of the range
 */
public record WhatIfRun(
        String draftVersionId,
        YearMonth from,
        YearMonth to,
        RulebookThresholds thresholdsNow,
        RulebookThresholds thresholdsDraft,
        WhatIfSummary summary,
        List<FileComparison> files,
        long totalFiles) {
}
