package cn.kaoping.incentive.performance;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.Grade;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** What the scheme may read of one evaluated case file, its latest result (I1's closed list, nothing more). */
public record FileFact(
        String caseFileId,
        String caseNumber,
        CaseKind kind,
        String unitId,
        String primaryOfficerId,
        List<String> coHandlerIds,
        YearMonth evaluationMonth,
        BigDecimal finalScore,
        Grade grade,
        Classification classification,
        boolean veto,
        int finalRound,
        BigDecimal processDeduction,
        boolean tenBest) {

    public FileFact {
        coHandlerIds = coHandlerIds == null ? List.of() : List.copyOf(coHandlerIds);
        processDeduction = processDeduction == null ? BigDecimal.ZERO : processDeduction;
    }
}
