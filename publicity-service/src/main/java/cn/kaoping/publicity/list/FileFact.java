package cn.kaoping.publicity.list;

import java.math.BigDecimal;
import java.util.List;

/** A case file that counts in a month, as the projection holds it. */
public record FileFact(
        String caseFileId,
        String caseNumber,
        String unitId,
        String primaryOfficerId,
        List<String> coHandlerIds,
        BigDecimal totalDeduction,
        String classification,
        List<String> processPenalties) {

    public FileFact {
        coHandlerIds = coHandlerIds == null ? List.of() : List.copyOf(coHandlerIds);
        processPenalties = processPenalties == null ? List.of() : List.copyOf(processPenalties);
    }

    /** P1: a problem file is one with any deduction. */
    public boolean isProblem() {
        return totalDeduction.signum() > 0;
    }
}
