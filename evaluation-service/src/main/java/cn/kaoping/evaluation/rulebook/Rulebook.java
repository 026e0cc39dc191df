package cn.kaoping.evaluation.rulebook;

import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookDimension;
import cn.kaoping.contracts.evaluation.RulebookItem;
import cn.kaoping.contracts.evaluation.RulebookProcessPenalty;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.deadline.DeadlinePeriod;
import cn.kaoping.evaluation.domain.ErrorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 执法质量考评细则: one validated rulebook version (E7), with the look-ups scoring needs. Only valid content
 * becomes a {@code Rulebook}.
 */
public final class Rulebook {

    private final RulebookContent content;
    private final Map<String, RulebookDimension> dimensions = new LinkedHashMap<>();
    private final Map<String, RulebookItem> items = new LinkedHashMap<>();
    private final Map<ProcessPenaltyCode, RulebookProcessPenalty> penalties = new EnumMap<>(ProcessPenaltyCode.class);
    private final DeadlinePeriod submissionPeriod;
    private final DeadlinePeriod rectificationPeriod;
    private final DeadlinePeriod objectionPeriod;
    private final DeadlinePeriod objectionDecisionPeriod;

    private Rulebook(RulebookContent content) {
        this.content = content;
        content.dimensions().forEach(d -> dimensions.put(d.code(), d));
        content.items().forEach(i -> items.put(i.code(), i));
        content.processPenalties().forEach(p -> penalties.put(p.code(), p));
        this.submissionPeriod = DeadlinePeriod.parse(content.deadlines().submission());
        this.rectificationPeriod = DeadlinePeriod.parse(content.deadlines().rectification());
        this.objectionPeriod = DeadlinePeriod.parse(content.deadlines().objection());
        this.objectionDecisionPeriod = DeadlinePeriod.parse(content.deadlines().objectionDecision());
    }

    /**
     * @throws DomainException (invalid input) with code {@link ErrorCode#RULEBOOK_INVALID} and every field error
     */
    public static Rulebook of(RulebookContent content) {
        List<FieldError> errors = RulebookValidator.validate(content);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(ErrorCode.RULEBOOK_INVALID, errors,
                    content == null ? "" : String.valueOf(content.versionId()));
        }
        return new Rulebook(content);
    }

    public RulebookContent content() {
        return content;
    }

    public String versionId() {
        return content.versionId();
    }

    public LocalDate effectiveFrom() {
        return content.effectiveFrom();
    }

    /** The dimensions in the rulebook's order. */
    public List<RulebookDimension> dimensions() {
        return content.dimensions();
    }

    public Optional<RulebookItem> item(String code) {
        return Optional.ofNullable(code == null ? null : items.get(code));
    }

    public BigDecimal weightOf(String dimension) {
        return dimensions.get(dimension).weight();
    }

    public RulebookProcessPenalty penalty(ProcessPenaltyCode code) {
        return penalties.get(code);
    }

    public DeadlinePeriod submissionPeriod() {
        return submissionPeriod;
    }

    public DeadlinePeriod rectificationPeriod() {
        return rectificationPeriod;
    }

    public DeadlinePeriod objectionPeriod() {
        return objectionPeriod;
    }

    public DeadlinePeriod objectionDecisionPeriod() {
        return objectionDecisionPeriod;
    }

    public BigDecimal unrectifiedFactor() {
        return content.unrectifiedFactor();
    }

    /** The grade of a score by the bands alone (a veto item makes any card 不合格 before this is asked). */
    public Grade gradeFor(BigDecimal score) {
        if (score.compareTo(content.gradeBands().excellentFrom()) >= 0) {
            return Grade.EXCELLENT;
        }
        if (score.compareTo(content.gradeBands().passFrom()) >= 0) {
            return Grade.PASS;
        }
        return Grade.FAIL;
    }

    @Override
    public String toString() {
        return "Rulebook " + versionId() + " from " + effectiveFrom();
    }
}
