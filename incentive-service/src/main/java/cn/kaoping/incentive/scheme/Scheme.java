package cn.kaoping.incentive.scheme;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.web.request.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 绩效考核方案: a version of the performance scheme (I1), versioned data with an effective date like the rulebook.
 * Points of a file = base points of its kind × the coefficient of its grade − process-penalty points × factor
 * (+ the optional classification, final-score and round-two terms) + the ten-best bonus; a veto file earns the
 * VETO figure. The primary officer earns the file's points, each co-handler {@code coHandlerShare} of them.
 *
 * @param rotationShortfallPeriods the period kinds (MONTH, QUARTER, HALF_YEAR, YEAR) whose commendation ranking
 *                                 excludes officers short of the rulebook's yearly rotation days
 */
public record Scheme(
        @Size(max = Limits.CODE) String versionId,
        @Size(max = Limits.NAME) String name,
        LocalDate effectiveFrom,
        BigDecimal coHandlerShare,
        @Size(max = Limits.LIST) List<@Size(max = Limits.CODE) String> rotationShortfallPeriods,
        @Size(max = Limits.LIST) List<@Valid Term> terms) {

    public Scheme {
        rotationShortfallPeriods = rotationShortfallPeriods == null ? List.of() : List.copyOf(rotationShortfallPeriods);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    public Optional<Term> term(Indicator indicator) {
        return terms.stream().filter(t -> indicator.name().equals(t.indicator())).findFirst();
    }

    public BigDecimal basePoints(CaseKind kind) {
        return keyed(Indicator.CASE_KIND, kind.name());
    }

    public BigDecimal coefficient(Grade grade) {
        return keyed(Indicator.GRADE, grade.name());
    }

    public BigDecimal classificationPoints(Classification classification) {
        return classification == null ? BigDecimal.ZERO : keyed(Indicator.CLASSIFICATION, classification.name());
    }

    public BigDecimal vetoPoints() {
        return scalar(Indicator.VETO, BigDecimal.ZERO);
    }

    public BigDecimal processFactor() {
        return scalar(Indicator.PROCESS_PENALTIES, BigDecimal.ONE);
    }

    public BigDecimal tenBestBonus() {
        return scalar(Indicator.TEN_BEST, BigDecimal.ZERO);
    }

    public BigDecimal finalScorePoints() {
        return scalar(Indicator.FINAL_SCORE, BigDecimal.ZERO);
    }

    public BigDecimal roundTwoPoints() {
        return scalar(Indicator.ROUND_TWO_RESULTS, BigDecimal.ZERO);
    }

    public boolean rotationShortfallExcludes(String periodKind) {
        return rotationShortfallPeriods.contains(periodKind);
    }

    private BigDecimal keyed(Indicator indicator, String key) {
        return term(indicator).map(Term::values).map((Map<String, BigDecimal> v) -> v.get(key))
                .orElse(BigDecimal.ZERO);
    }

    private BigDecimal scalar(Indicator indicator, BigDecimal fallback) {
        return term(indicator).map(Term::value).orElse(fallback);
    }
}
