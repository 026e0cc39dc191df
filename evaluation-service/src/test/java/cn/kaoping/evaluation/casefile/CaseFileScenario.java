package cn.kaoping.evaluation.casefile;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.ObjectionDecision;
import cn.kaoping.evaluation.casefile.objecting.DecideObjection;
import cn.kaoping.evaluation.casefile.objecting.RaiseObjection;
import cn.kaoping.evaluation.casefile.prereviewing.PreReviewCaseFile;
import cn.kaoping.evaluation.casefile.registering.RegisterCaseFile;
import cn.kaoping.evaluation.casefile.reviewing.ExpireRectification;
import cn.kaoping.evaluation.casefile.reviewing.ReviewCaseFile;
import cn.kaoping.evaluation.casefile.submitting.MarkSubmissionOverdue;
import cn.kaoping.evaluation.casefile.submitting.SubmitCaseFile;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.scoring.FindingInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The people, dates and commands of the case-file tests. A file of 城关派出所 handled by officer 张三 with
 * co-handler 李四, closed on 2017-03-10: due for submission on 2017-04-10, overdue from 2017-04-11 00:00
 * Beijing time.
 */
final class CaseFileScenario {

    static final String FILE = "case-file-1";
    static final String CASE_NUMBER = "城公（治）行罚决字〔2017〕0101号";
    static final String UNIT = "unit-chengguan";
    static final String PRIMARY_OFFICER = "officer-zhangsan";
    static final String CO_HANDLER = "officer-lisi";
    static final String LEGAL_OFFICER = "officer-legal-wang";
    static final String REVIEWER = "officer-reviewer-zhao";
    static final String BRIGADE = "unit-legal-brigade";
    static final LocalDate CLOSED_ON = LocalDate.of(2017, 3, 10);
    static final LocalDate SUBMISSION_DUE_ON = LocalDate.of(2017, 4, 10);

    private CaseFileScenario() {
    }

    /** An instant given as Beijing local time, e.g. "2017-04-10T17:30". */
    static Instant at(String beijingLocalDateTime) {
        return LocalDateTime.parse(beijingLocalDateTime).atZone(BureauCalendar.DEFAULT_ZONE).toInstant();
    }

    static RegisterCaseFile register() {
        return register(CLOSED_ON, at("2017-03-12T10:00"));
    }

    static RegisterCaseFile register(LocalDate closedOn, Instant at) {
        return new RegisterCaseFile(FILE, CASE_NUMBER, CaseKind.ADMINISTRATIVE_PENALTY, UNIT, PRIMARY_OFFICER,
                List.of(CO_HANDLER), closedOn, LEGAL_OFFICER, at);
    }

    static PreReviewCaseFile preReview(String when, FindingInput... findings) {
        return new PreReviewCaseFile(FILE, List.of(findings), LEGAL_OFFICER, at(when));
    }

    static SubmitCaseFile submit(String when) {
        return new SubmitCaseFile(FILE, LEGAL_OFFICER, at(when));
    }

    static MarkSubmissionOverdue markOverdue(String when) {
        return new MarkSubmissionOverdue(FILE, at(when));
    }

    static ReviewCaseFile review(String when, FindingInput... findings) {
        return ReviewCaseFile.roundOne(FILE, List.of(findings), REVIEWER, BRIGADE, at(when));
    }

    static ReviewCaseFile reviewRoundTwo(String when, List<String> rectified, List<String> unrectified,
                                         FindingInput... findings) {
        return new ReviewCaseFile(FILE, List.of(findings), rectified, unrectified, REVIEWER, BRIGADE, at(when));
    }

    static ExpireRectification expireRectification(String when) {
        return new ExpireRectification(FILE, at(when));
    }

    static RaiseObjection object(String actor, String when) {
        return new RaiseObjection(FILE, "笔录有签名，见第12页", actor, at(when));
    }

    static DecideObjection uphold(String when, String... withdrawn) {
        return new DecideObjection(FILE, ObjectionDecision.UPHELD, List.of(withdrawn), "复核属实", REVIEWER, BRIGADE,
                at(when));
    }

    static DecideObjection reject(String when) {
        return new DecideObjection(FILE, ObjectionDecision.REJECTED, List.of(), "维持原考评", REVIEWER, BRIGADE,
                at(when));
    }

    static FindingInput finding(String itemCode) {
        return new FindingInput(itemCode, null, "见卷宗 " + itemCode);
    }

    static FindingInput finding(String itemCode, String points) {
        return new FindingInput(itemCode, new BigDecimal(points), "见卷宗 " + itemCode);
    }

    static BigDecimal points(String value) {
        return new BigDecimal(value).setScale(1);
    }
}
