package cn.kaoping.evaluation.query.casefiles;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFilePreReviewed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ObjectionDecision;
import cn.kaoping.contracts.evaluation.ObjectionRaised;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The one-line Chinese summary of a case-file event in the file's history, as officers read it. Events of units,
 * officers and rulebooks have none.
 */
final class HistorySummaries {

    private HistorySummaries() {
    }

    /** The summary of a case-file event; empty for events of other aggregates. */
    static Optional<String> of(EvaluationEvent event) {
        if (event instanceof CaseFileRegistered e) {
            return Optional.of("登记案卷 %s，结案日期 %s，送评期限 %s".formatted(e.caseNumber(), e.closedOn(),
                    e.submissionDueOn()));
        }
        if (event instanceof CaseFilePreReviewed e) {
            return Optional.of(e.findings().isEmpty()
                    ? "法制员第 %d 次初评，未发现问题".formatted(e.preReviewNumber())
                    : "法制员第 %d 次初评，记录问题 %d 项".formatted(e.preReviewNumber(), e.findings().size()));
        }
        if (event instanceof CaseFileSubmitted e) {
            if (e.round() == 2) {
                return Optional.of("整改后二次送评");
            }
            String text = e.late() ? "送评（超期送评）" : "送评";
            if (e.processDeduction().signum() > 0) {
                text += "，过程扣分 " + points(e.processDeduction()) + " 分";
            }
            return Optional.of(text);
        }
        if (event instanceof SubmissionOverdue e) {
            return Optional.of("送评期限 %s 届满未送评（不送评），扣 %s 分".formatted(e.submissionDueOn(),
                    points(e.totalDeduction())));
        }
        if (event instanceof CaseFileReviewed e) {
            return Optional.of(reviewed(e));
        }
        if (event instanceof RectificationOverdue e) {
            return Optional.of("整改期限 %s 届满未二次送评，%d 项问题按未整改计，%s".formatted(e.rectificationDueOn(),
                    e.unrectifiedFindingIds().size(), result(e.card())));
        }
        if (event instanceof CaseFileClosed e) {
            return Optional.of("考评结束（%s）：扣 %s 分，得分 %s，%s".formatted(reason(e.reason()),
                    points(e.totalDeduction()), points(e.score()), grade(e.grade())));
        }
        if (event instanceof ObjectionRaised e) {
            return Optional.of("对第 %d 次考评提出异议：%s".formatted(e.cardRound(), e.reason()));
        }
        if (event instanceof ObjectionDecided e) {
            return Optional.of(e.decision() == ObjectionDecision.UPHELD
                    ? "异议成立，撤销问题 %s，%s".formatted(String.join("、", e.withdrawnFindingIds()), result(e.card()))
                    : "异议不成立，维持第 %d 次考评".formatted(e.cardRound()));
        }
        return Optional.empty();
    }

    private static String reviewed(CaseFileReviewed e) {
        if (e.round() == 1) {
            String text = "第一次考评：问题 %d 项，%s".formatted(e.card().findings().size(), result(e.card()));
            return e.rectificationDueOn() == null ? text : text + "，整改期限 " + e.rectificationDueOn();
        }
        return "第二次考评：已整改 %d 项，未整改 %d 项，新增问题 %d 项，%s".formatted(e.rectifiedFindingIds().size(),
                e.unrectifiedFindingIds().size(),
                e.card().findings().stream().filter(f -> f.recordedInRound() == 2).count(), result(e.card()));
    }

    private static String result(EvaluationCard card) {
        return "扣 %s 分，得分 %s，%s".formatted(points(card.totalDeduction()), points(card.score()),
                grade(card.grade()));
    }

    private static String points(BigDecimal points) {
        return points.toPlainString();
    }

    static String grade(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> "优秀";
            case PASS -> "合格";
            case FAIL -> "不合格";
        };
    }

    private static String reason(ClosingReason reason) {
        return switch (reason) {
            case NO_FINDINGS_IN_ROUND_ONE -> "第一次考评未发现问题";
            case ROUND_TWO_REVIEWED -> "第二次考评完成";
            case RECTIFICATION_OVERDUE -> "逾期未整改";
            case ALL_FINDINGS_WITHDRAWN -> "问题均经异议撤销";
        };
    }
}
