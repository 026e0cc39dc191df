package cn.kaoping.evaluation.rest.rulebook;

import cn.kaoping.contracts.evaluation.RulebookThresholds;
import cn.kaoping.evaluation.query.whatif.WhatIfRun;
import cn.kaoping.evaluation.rulebook.whatif.FileComparison;
import cn.kaoping.evaluation.rulebook.whatif.WhatIfSummary;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import java.time.YearMonth;

/** The answer of a 规则试算: the summary in full, the files paged. */
public record WhatIfResponse(
        String draftVersionId,
        YearMonth from,
        YearMonth to,
        RulebookThresholds thresholdsNow,
        RulebookThresholds thresholdsDraft,
        WhatIfSummary summary,
        Page<FileComparison> files) {

    static WhatIfResponse of(WhatIfRun run, Paging paging) {
        return new WhatIfResponse(run.draftVersionId(), run.from(), run.to(), run.thresholdsNow(),
                run.thresholdsDraft(), run.summary(), paging.page(run.files(), run::totalFiles));
    }
}
