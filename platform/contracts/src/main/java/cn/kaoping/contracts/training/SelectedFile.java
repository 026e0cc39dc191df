package cn.kaoping.contracts.training;

import cn.kaoping.contracts.evaluation.Grade;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One file of a {@link SelectionConfirmed} list, with the evaluation result it was selected on.
 *
 * @param rank             1 = first of its list (the best of the best list, the worst of the worst list)
 * @param primaryOfficerId 主办民警, who earns the bonus or is tracked
 * @param finalScore       the file's final score (100 − total deduction, its latest round)
 * @param veto             the file holds a veto item (一票否决); only worst files can
 */
public record SelectedFile(
        int rank,
        String caseFileId,
        String caseNumber,
        String unitId,
        String primaryOfficerId,
        BigDecimal finalScore,
        Grade grade,
        boolean veto) {

    public SelectedFile {
        Objects.requireNonNull(caseFileId, "caseFileId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(primaryOfficerId, "primaryOfficerId");
    }
}
