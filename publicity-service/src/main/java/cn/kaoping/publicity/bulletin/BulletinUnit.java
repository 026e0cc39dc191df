package cn.kaoping.publicity.bulletin;

import java.math.BigDecimal;
import java.util.List;

/** A unit named in a bulletin draft, with its figures of the month and its problems by rulebook item. */
public record BulletinUnit(
        String unitId,
        String unitName,
        int filesEvaluated,
        BigDecimal totalDeduction,
        BigDecimal averageDeduction,
        int problemFiles,
        BigDecimal problemFileShare,
        List<ItemProblem> problems) {

    public BulletinUnit {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
