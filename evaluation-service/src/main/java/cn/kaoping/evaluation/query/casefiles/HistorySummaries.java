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
 * The one-line summary of a case-file event in the file's history, as officers read it: in Chinese (the default)
 * and in English (for {@code Accept-Language: en}). Events of units, officers and rulebooks have none. What an
 * officer wrote (an objection's reason) stays as he wrote it in both.
 */
final class HistorySummaries {

    /** One summary in both languages. */
    record Summary(String zh, String en) {

        Summary plus(Summary more) {
            return new Summary(zh + more.zh, en + more.en);
        }
    }

    private HistorySummaries() {
    }

    private static Summary text(String zh, String en, Object... args) {
        return new Summary(zh.formatted(args), en.formatted(args));
    }

    /** The summary of a case-file event; empty for events of other aggregates. */
    static Optional<Summary> of(EvaluationEvent event) {
        if (event instanceof CaseFileRegistered e) {
            return Optional.of(text("登记案卷 %s，结案日期 %s，送评期限 %s",
                    "Case file %s registered, closed on %s, to be submitted by %s",
                    e.caseNumber(), e.closedOn(), e.submissionDueOn()));
        }
        if (event instanceof CaseFilePreReviewed e) {
            return Optional.of(e.findings().isEmpty()
                    ? text("法制员第 %d 次初评，未发现问题", "Pre-review %d by the legal officer: no findings",
                            e.preReviewNumber())
                    : text("法制员第 %d 次初评，记录问题 %d 项", "Pre-review %d by the legal officer: %d finding(s)",
                            e.preReviewNumber(), e.findings().size()));
        }
        if (event instanceof CaseFileSubmitted e) {
            if (e.round() == 2) {
                return Optional.of(text("整改后二次送评", "Resubmitted after rectification"));
            }
            Summary summary = e.late() ? text("送评（超期送评）", "Submitted (late)") : text("送评", "Submitted");
            if (e.processDeduction().signum() > 0) {
                summary = summary.plus(text("，过程扣分 %s 分", ", process deduction %s point(s)",
                        points(e.processDeduction())));
            }
            return Optional.of(summary);
        }
        if (event instanceof SubmissionOverdue e) {
            return Optional.of(text("送评期限 %s 届满未送评（不送评），扣 %s 分",
                    "Submission deadline %s passed unsubmitted (missing), %s point(s) deducted",
                    e.submissionDueOn(), points(e.totalDeduction())));
        }
        if (event instanceof CaseFileReviewed e) {
            return Optional.of(reviewed(e));
        }
        if (event instanceof RectificationOverdue e) {
            return Optional.of(text("整改期限 %s 届满未二次送评，%d 项问题按未整改计，",
                    "Rectification deadline %s passed without resubmission, %d finding(s) counted unrectified, ",
                    e.rectificationDueOn(), e.unrectifiedFindingIds().size()).plus(result(e.card())));
        }
        if (event instanceof CaseFileClosed e) {
            Summary reason = reason(e.reason());
            Summary grade = grade(e.grade());
            return Optional.of(new Summary(
                    "考评结束（%s）：扣 %s 分，得分 %s，%s".formatted(reason.zh(), points(e.totalDeduction()),
                            points(e.score()), grade.zh()),
                    "Evaluation closed (%s): %s point(s) deducted, score %s, %s".formatted(reason.en(),
                            points(e.totalDeduction()), points(e.score()), grade.en())));
        }
        if (event instanceof ObjectionRaised e) {
            return Optional.of(text("对第 %d 次考评提出异议：%s", "Objection to review %d: %s", e.cardRound(), e.reason()));
        }
        if (event instanceof ObjectionDecided e) {
            return Optional.of(e.decision() == ObjectionDecision.UPHELD
                    ? new Summary("异议成立，撤销问题 %s，".formatted(String.join("、", e.withdrawnFindingIds())),
                            "Objection upheld, finding(s) %s withdrawn, ".formatted(
                                    String.join(", ", e.withdrawnFindingIds()))).plus(result(e.card()))
                    : text("异议不成立，维持第 %d 次考评", "Objection rejected, review %d stands", e.cardRound()));
        }
        return Optional.empty();
    }

    private static Summary reviewed(CaseFileReviewed e) {
        if (e.round() == 1) {
            Summary summary = text("第一次考评：问题 %d 项，", "Review 1: %d finding(s), ", e.card().findings().size())
                    .plus(result(e.card()));
            return e.rectificationDueOn() == null ? summary
                    : summary.plus(text("，整改期限 %s", ", to be rectified by %s", e.rectificationDueOn()));
        }
        return text("第二次考评：已整改 %d 项，未整改 %d 项，新增问题 %d 项，",
                "Review 2: %d rectified, %d unrectified, %d new finding(s), ", e.rectifiedFindingIds().size(),
                e.unrectifiedFindingIds().size(),
                e.card().findings().stream().filter(f -> f.recordedInRound() == 2).count()).plus(result(e.card()));
    }

    private static Summary result(EvaluationCard card) {
        Summary grade = grade(card.grade());
        return new Summary("扣 %s 分，得分 %s，%s".formatted(points(card.totalDeduction()), points(card.score()), grade.zh()),
                "%s point(s) deducted, score %s, %s".formatted(points(card.totalDeduction()), points(card.score()),
                        grade.en()));
    }

    private static String points(BigDecimal points) {
        return points.toPlainString();
    }

    static Summary grade(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> new Summary("优秀", "excellent");
            case PASS -> new Summary("合格", "pass");
            case FAIL -> new Summary("不合格", "fail");
        };
    }

    private static Summary reason(ClosingReason reason) {
        return switch (reason) {
            case NO_FINDINGS_IN_ROUND_ONE -> new Summary("第一次考评未发现问题", "no findings in review 1");
            case ROUND_TWO_REVIEWED -> new Summary("第二次考评完成", "review 2 done");
            case RECTIFICATION_OVERDUE -> new Summary("逾期未整改", "not rectified in time");
            case ALL_FINDINGS_WITHDRAWN -> new Summary("问题均经异议撤销", "every finding withdrawn on objection");
        };
    }
}
