package cn.kaoping.publicity.list;

import java.math.BigDecimal;
import java.util.List;

/** One officer's line of a monthly list (P1), with the red card (P2). */
public record OfficerEntry(
        String officerId,
        String policeNumber,
        String officerName,
        String unitId,
        String unitName,
        int filesEvaluated,
        BigDecimal totalDeduction,
        BigDecimal averageDeduction,
        int problemFiles,
        boolean redCard,
        List<ProblemFile> problemFileList) {

    public OfficerEntry {
        problemFileList = problemFileList == null ? List.of() : List.copyOf(problemFileList);
    }
}
