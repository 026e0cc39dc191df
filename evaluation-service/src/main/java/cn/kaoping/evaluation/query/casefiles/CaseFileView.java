package cn.kaoping.evaluation.query.casefiles;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.evaluation.casefile.CaseFileState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 行政案卷: a case file as the portal shows it: state, flags, deadlines, current result. */
@Schema(description = "行政案卷 / A case file: state, flags, deadlines, current result")
public record CaseFileView(
        @Schema(description = "案卷编号 / case-file id") String id,
        @Schema(description = "案件编号（唯一） / case number, unique") String caseNumber,
        @Schema(description = "案件类型 / kind") CaseKind kind,
        @Schema(description = "办案单位 / handling unit") String unitId,
        @Schema(description = "办案单位名称 / unit name") String unitName,
        @Schema(description = "主办民警 / primary officer") String primaryOfficerId,
        @Schema(description = "主办民警姓名 / primary officer's name") String primaryOfficerName,
        @Schema(description = "协办民警 / co-handlers") List<String> coHandlerIds,
        @Schema(description = "结案日期 / closing date") LocalDate closedOn,
        @Schema(description = "考评所依细则版本 / rulebook version of the file") String rulebookVersion,
        @Schema(description = "状态 / state") CaseFileState state,
        @Schema(description = "超期未送评（不送评） / submission deadline passed unsubmitted") boolean overdueSubmission,
        @Schema(description = "逾期未整改 / rectification deadline passed") boolean overdueRectification,
        @Schema(description = "送评期限（最后一天） / last day to submit") LocalDate submissionDueOn,
        @Schema(description = "初评次数 / number of pre-reviews") int preReviews,
        @Schema(description = "最近一次初评 / latest pre-review") PreReviewView latestPreReview,
        @Schema(description = "送评日期 / submitted on") LocalDate submittedOn,
        @Schema(description = "超期送评 / submitted late") Boolean submittedLate,
        @Schema(description = "二次送评日期 / resubmitted on") LocalDate resubmittedOn,
        @Schema(description = "过程扣分 / process penalties") List<ProcessPenalty> processPenalties,
        @Schema(description = "整改期限（最后一天） / last day to resubmit") LocalDate rectificationDueOn,
        @Schema(description = "第一次考评日期 / round-one review") LocalDate roundOneReviewedOn,
        @Schema(description = "第二次考评日期 / round-two review") LocalDate roundTwoReviewedOn,
        @Schema(description = "异议期限（最后一天） / last day to object to the latest card") LocalDate objectionDueOn,
        @Schema(description = "待处理异议所针对的考评次数 / round of the pending objection") Integer pendingObjectionRound,
        @Schema(description = "异议处理期限 / decision due on") LocalDate objectionDecisionDueOn,
        @Schema(description = "当前考评卡的次数 / round of the current card") Integer currentRound,
        @Schema(description = "扣分合计 / total deduction") BigDecimal totalDeduction,
        @Schema(description = "得分 / score") BigDecimal score,
        @Schema(description = "等次 / grade") Grade grade,
        @Schema(description = "执法不严格 / 执法不规范 / 无问题 / classification") Classification classification,
        @Schema(description = "一票否决 / veto item on the card") Boolean veto,
        @Schema(description = "考评月份 / evaluation month") YearMonth evaluationMonth,
        @Schema(description = "结束原因 / why the evaluation closed") ClosingReason closingReason,
        @Schema(description = "登记时间 / registered at") Instant registeredAt,
        @Schema(description = "登记人 / registered by") String registeredBy,
        @Schema(description = "最后变更时间 / last change") Instant updatedAt) {

    /** Whether an officer handles this file (primary officer or co-handler). */
    public boolean handledBy(String officerId) {
        return officerId != null && (officerId.equals(primaryOfficerId) || coHandlerIds.contains(officerId));
    }
}
