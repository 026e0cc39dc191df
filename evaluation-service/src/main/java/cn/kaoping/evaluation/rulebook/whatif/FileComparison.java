package cn.kaoping.evaluation.rulebook.whatif;

import java.time.YearMonth;
import java.util.List;

/**
 * One file of a 规则试算, its recorded result beside the draft's.
 *
 * @param droppedItems item codes of its findings the draft lacks (they count nothing under it)
 */
public record FileComparison(
        String caseFileId,
        String caseNumber,
        String unitId,
        String primaryOfficerId,
        YearMonth evaluationMonth,
        FileResult recorded,
        FileResult draft,
        boolean gradeChanged,
        List<String> droppedItems) {

    public FileComparison {
        droppedItems = List.copyOf(droppedItems);
    }

    public static FileComparison of(String caseFileId, String caseNumber, String unitId, String primaryOfficerId,
                                    YearMonth month, FileResult recorded, Rescored draft) {
        return new FileComparison(caseFileId, caseNumber, unitId, primaryOfficerId, month, recorded, draft.result(),
                recorded.grade() != draft.result().grade(), draft.droppedItems());
    }
}
