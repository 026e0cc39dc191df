package cn.kaoping.evaluation.rest.casefiles;

import cn.kaoping.evaluation.rest.Limits;
import cn.kaoping.evaluation.scoring.FindingInput;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A finding as a legal officer or reviewer enters it. */
@Schema(description = "一项扣分 / A finding")
public record FindingEntry(
        @Schema(description = "细则条目代码 / rulebook item code", examples = "EV02") @Size(max = 64) String itemCode,
        @Schema(description = "扣分，缺省为条目默认分值，不超过其上限，至多一位小数 / points: the item's default when absent, "
                + "at most its maximum, one decimal place", examples = "2") BigDecimal points,
        @Schema(description = "说明（细则要求时必填） / note, required where the item says so",
                examples = "询问笔录第3页无当事人签名") @Size(max = Limits.NOTE) String note) {

    static List<FindingInput> inputs(List<FindingEntry> entries) {
        return entries == null ? List.of() : entries.stream()
                .map(e -> new FindingInput(e.itemCode(), e.points(), e.note()))
                .toList();
    }
}
