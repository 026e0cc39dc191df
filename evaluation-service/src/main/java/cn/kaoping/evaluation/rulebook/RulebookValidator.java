package cn.kaoping.evaluation.rulebook;

import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookDeadlines;
import cn.kaoping.contracts.evaluation.RulebookDimension;
import cn.kaoping.contracts.evaluation.RulebookGradeBands;
import cn.kaoping.contracts.evaluation.RulebookItem;
import cn.kaoping.contracts.evaluation.RulebookProcessPenalty;
import cn.kaoping.contracts.evaluation.RulebookThresholds;
import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.deadline.DeadlinePeriod;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.scoring.Points;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a rulebook version before it is published (E7) and reports every field at fault: dimension
 * weights sum to 100, codes unique, items name a declared dimension, points non-negative with one decimal
 * place at most and defaults within maxima, every process penalty present, periods parse, bands and
 * thresholds in range.
 */
public final class RulebookValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<FieldError> errors = new ArrayList<>();

    private RulebookValidator() {
    }

    /** The field errors of a rulebook; empty when it may be published. */
    public static List<FieldError> validate(RulebookContent rulebook) {
        RulebookValidator validator = new RulebookValidator();
        validator.check(rulebook);
        return List.copyOf(validator.errors);
    }

    private void check(RulebookContent rulebook) {
        if (rulebook == null) {
            error("", ErrorCode.REQUIRED);
            return;
        }
        requireText("versionId", rulebook.versionId());
        requireText("name", rulebook.name());
        if (rulebook.effectiveFrom() == null) {
            error("effectiveFrom", ErrorCode.REQUIRED);
        }
        Set<String> dimensions = checkDimensions(rulebook.dimensions());
        checkItems(rulebook.items(), dimensions);
        checkProcessPenalties(rulebook.processPenalties());
        checkGradeBands(rulebook.gradeBands());
        checkDeadlines(rulebook.deadlines());
        if (rulebook.unrectifiedFactor() == null) {
            error("unrectifiedFactor", ErrorCode.REQUIRED);
        } else if (rulebook.unrectifiedFactor().compareTo(BigDecimal.ONE) < 0
                || rulebook.unrectifiedFactor().compareTo(BigDecimal.TEN) > 0
                || !Points.fitsScale(rulebook.unrectifiedFactor())) {
            error("unrectifiedFactor", ErrorCode.OUT_OF_RANGE, rulebook.unrectifiedFactor(), 1, 10);
        }
        checkThresholds(rulebook.thresholds());
    }

    private Set<String> checkDimensions(List<RulebookDimension> dimensions) {
        Set<String> codes = new HashSet<>();
        if (dimensions.isEmpty()) {
            error("dimensions", ErrorCode.REQUIRED);
            return codes;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < dimensions.size(); i++) {
            String path = "dimensions[" + i + "]";
            RulebookDimension dimension = dimensions.get(i);
            if (dimension == null) {
                error(path, ErrorCode.REQUIRED);
                continue;
            }
            if (requireText(path + ".code", dimension.code()) && !codes.add(dimension.code())) {
                error(path + ".code", ErrorCode.DUPLICATE_CODE, dimension.code());
            }
            requireText(path + ".name", dimension.name());
            if (checkPoints(path + ".weight", dimension.weight())) {
                if (dimension.weight().signum() == 0) {
                    error(path + ".weight", ErrorCode.NOT_POSITIVE, dimension.weight());
                }
                sum = sum.add(dimension.weight());
            }
        }
        if (sum.compareTo(HUNDRED) != 0) {
            error("dimensions", ErrorCode.WEIGHTS_NOT_100, sum);
        }
        return codes;
    }

    private void checkItems(List<RulebookItem> items, Set<String> dimensions) {
        if (items.isEmpty()) {
            error("items", ErrorCode.REQUIRED);
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "items[" + i + "]";
            RulebookItem item = items.get(i);
            if (item == null) {
                error(path, ErrorCode.REQUIRED);
                continue;
            }
            if (requireText(path + ".code", item.code()) && !codes.add(item.code())) {
                error(path + ".code", ErrorCode.DUPLICATE_CODE, item.code());
            }
            if (requireText(path + ".dimension", item.dimension()) && !dimensions.contains(item.dimension())) {
                error(path + ".dimension", ErrorCode.UNKNOWN_DIMENSION, item.dimension());
            }
            requireText(path + ".text", item.text());
            if (item.findingClass() == null) {
                error(path + ".findingClass", ErrorCode.REQUIRED);
            }
            boolean defaultValid = checkPoints(path + ".defaultPoints", item.defaultPoints());
            boolean maxValid = checkPoints(path + ".maxPoints", item.maxPoints());
            if (defaultValid && maxValid && item.defaultPoints().compareTo(item.maxPoints()) > 0) {
                error(path + ".defaultPoints", ErrorCode.DEFAULT_ABOVE_MAXIMUM, item.defaultPoints(), item.maxPoints());
            }
        }
    }

    private void checkProcessPenalties(List<RulebookProcessPenalty> penalties) {
        Set<ProcessPenaltyCode> seen = EnumSet.noneOf(ProcessPenaltyCode.class);
        for (int i = 0; i < penalties.size(); i++) {
            String path = "processPenalties[" + i + "]";
            RulebookProcessPenalty penalty = penalties.get(i);
            if (penalty == null) {
                error(path, ErrorCode.REQUIRED);
                continue;
            }
            if (penalty.code() == null) {
                error(path + ".code", ErrorCode.REQUIRED);
            } else if (!seen.add(penalty.code())) {
                error(path + ".code", ErrorCode.DUPLICATE_CODE, penalty.code());
            }
            requireText(path + ".text", penalty.text());
            boolean pointsValid = checkPoints(path + ".points", penalty.points());
            if (penalty.maxPoints() != null && checkPoints(path + ".maxPoints", penalty.maxPoints())
                    && pointsValid && penalty.points().compareTo(penalty.maxPoints()) > 0) {
                error(path + ".points", ErrorCode.DEFAULT_ABOVE_MAXIMUM, penalty.points(), penalty.maxPoints());
            }
            if (penalty.per() != null) {
                checkPeriod(path + ".per", penalty.per());
            }
        }
        for (ProcessPenaltyCode code : ProcessPenaltyCode.values()) {
            if (!seen.contains(code)) {
                error("processPenalties", ErrorCode.PROCESS_PENALTY_MISSING, code);
            }
        }
    }

    private void checkGradeBands(RulebookGradeBands bands) {
        if (bands == null) {
            error("gradeBands", ErrorCode.REQUIRED);
            return;
        }
        boolean excellentValid = checkPoints("gradeBands.excellentFrom", bands.excellentFrom());
        boolean passValid = checkPoints("gradeBands.passFrom", bands.passFrom());
        if (excellentValid && bands.excellentFrom().compareTo(HUNDRED) > 0) {
            error("gradeBands.excellentFrom", ErrorCode.OUT_OF_RANGE, bands.excellentFrom(), 0, 100);
        }
        if (excellentValid && passValid && bands.passFrom().compareTo(bands.excellentFrom()) > 0) {
            error("gradeBands.passFrom", ErrorCode.OUT_OF_RANGE, bands.passFrom(), 0, bands.excellentFrom());
        }
    }

    private void checkDeadlines(RulebookDeadlines deadlines) {
        if (deadlines == null) {
            error("deadlines", ErrorCode.REQUIRED);
            return;
        }
        checkPeriod("deadlines.submission", deadlines.submission());
        checkPeriod("deadlines.rectification", deadlines.rectification());
        checkPeriod("deadlines.objection", deadlines.objection());
        checkPeriod("deadlines.objectionDecision", deadlines.objectionDecision());
    }

    private void checkThresholds(RulebookThresholds thresholds) {
        if (thresholds == null) {
            error("thresholds", ErrorCode.REQUIRED);
            return;
        }
        if (thresholds.redCardAverageDeductionAbove() == null) {
            error("thresholds.redCardAverageDeductionAbove", ErrorCode.REQUIRED);
        } else if (thresholds.redCardAverageDeductionAbove().signum() < 0
                || thresholds.redCardAverageDeductionAbove().compareTo(HUNDRED) > 0) {
            error("thresholds.redCardAverageDeductionAbove", ErrorCode.OUT_OF_RANGE,
                    thresholds.redCardAverageDeductionAbove(), 0, 100);
        }
        atLeast("thresholds.redCardMinimumFiles", thresholds.redCardMinimumFiles(), 1);
        atLeast("thresholds.laggingProblemFilesPerQuarter", thresholds.laggingProblemFilesPerQuarter(), 1);
        atLeast("thresholds.rotationTrainingDaysPerYear", thresholds.rotationTrainingDaysPerYear(), 0);
        atLeast("thresholds.accountabilityRedCards", thresholds.accountabilityRedCards(), 1);
        atLeast("thresholds.accountabilityWithinMonths", thresholds.accountabilityWithinMonths(),
                Math.max(1, thresholds.accountabilityRedCards()));
    }

    private void atLeast(String field, int value, int minimum) {
        if (value < minimum) {
            error(field, ErrorCode.OUT_OF_RANGE, value, minimum, Integer.MAX_VALUE);
        }
    }

    private void checkPeriod(String field, String text) {
        if (!requireText(field, text)) {
            return;
        }
        try {
            DeadlinePeriod.parse(text);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            error(field, ErrorCode.NOT_A_PERIOD, text);
        }
    }

    /** Whether the points are present, non-negative and of points' precision (reports what is not). */
    private boolean checkPoints(String field, BigDecimal points) {
        if (points == null) {
            error(field, ErrorCode.REQUIRED);
            return false;
        }
        if (points.signum() < 0) {
            error(field, ErrorCode.NEGATIVE_POINTS, points);
            return false;
        }
        if (!Points.fitsScale(points)) {
            error(field, ErrorCode.POINTS_TOO_PRECISE, points);
            return false;
        }
        return true;
    }

    private boolean requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            error(field, ErrorCode.REQUIRED);
            return false;
        }
        return true;
    }

    private void error(String field, ErrorCode code, Object... args) {
        errors.add(FieldError.of(field, code, args));
    }
}
