package cn.kaoping.incentive.scheme;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.Grade;
import java.util.Arrays;
import java.util.List;

/**
 * The closed list of inputs a scheme term may name (PROCESS.md, precise rules of incentive): nothing else of a file
 * is stored, so nothing else can be rewarded. A term of a keyed indicator gives {@code values} by key; a term of a
 * scalar indicator gives one {@code value}.
 */
public enum Indicator {
    /** 案件类型: base points per case kind (required). */
    CASE_KIND(CaseKind.class),
    /** 考评等次: the quality coefficient per final grade, 优秀 > 合格 > 不合格 (required). */
    GRADE(Grade.class),
    /** 一票否决: what a veto file earns, 0 or less (default 0). */
    VETO(null),
    /** 程序扣分: the factor the file's process-penalty points are deducted by (default 1). */
    PROCESS_PENALTIES(null),
    /** 十佳: the bonus of a file confirmed among the ten best (default 0). */
    TEN_BEST(null),
    /** 执法不严格 / 执法不规范: points added per classification (default none). */
    CLASSIFICATION(Classification.class),
    /** 最终得分: points added per 100 points of final score (value × score / 100; default none). */
    FINAL_SCORE(null),
    /** 二次送评: points added to a file whose final card is of round two (default none). */
    ROUND_TWO_RESULTS(null);

    private final Class<? extends Enum<?>> keys;

    Indicator(Class<? extends Enum<?>> keys) {
        this.keys = keys;
    }

    public boolean keyed() {
        return keys != null;
    }

    /** The keys of a keyed indicator's values (case kinds, grades, classifications). */
    public List<String> keys() {
        return keys == null ? List.of() : Arrays.stream(keys.getEnumConstants()).map(Enum::name).toList();
    }
}
