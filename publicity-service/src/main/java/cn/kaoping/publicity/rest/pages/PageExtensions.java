package cn.kaoping.publicity.rest.pages;

import cn.kaoping.publicity.list.ProblemFile;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting for the templates: {@code {share.percent}}, {@code {file.classificationLabel}}. */
@TemplateExtension
public class PageExtensions {

    private PageExtensions() {
    }

    /** 0.75 → "75.0%". */
    static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    /** The class of a problem file in Chinese; a file with only process penalties has none. */
    static String classificationLabel(ProblemFile file) {
        String classification = file.classification();
        if (classification == null) {
            return "流程扣分";
        }
        return switch (classification) {
            case "NOT_STRICT" -> "执法不严格";
            case "NOT_STANDARDIZED" -> "执法不规范";
            case "CLEAN" -> "流程扣分";
            default -> classification;
        };
    }
}
