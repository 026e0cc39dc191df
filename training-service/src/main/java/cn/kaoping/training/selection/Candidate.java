package cn.kaoping.training.selection;

import cn.kaoping.contracts.evaluation.Grade;
import java.math.BigDecimal;

/** A file whose evaluation ended in the period, as the panel sees it (T2). */
public record Candidate(String caseFileId, String caseNumber, String unitId, String unitName, String primaryOfficerId,
                        String primaryOfficerName, BigDecimal finalScore, BigDecimal totalDeduction, Grade grade,
                        boolean veto, int findings) {

    public boolean mayBeBest() {
        return !veto && grade == Grade.EXCELLENT;
    }

    public boolean mayBeWorst() {
        return totalDeduction.signum() > 0;
    }
}
