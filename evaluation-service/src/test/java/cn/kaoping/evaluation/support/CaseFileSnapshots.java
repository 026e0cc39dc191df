package cn.kaoping.evaluation.support;

import cn.kaoping.evaluation.casefile.CaseFileSnapshot;
import cn.kaoping.evaluation.casefile.CaseFileState;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.deadline.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Case files as they stand, for the direct tests of decisions (no Axon): a file of 城关派出所 handled by 张三 with
 * co-handler 李四, closed on 2017-03-10 under the default rulebook, due for submission on 2017-04-10 (overdue from
 * 2017-04-11 00:00 Beijing time).
 */
public final class CaseFileSnapshots {

    public static final String FILE = "case-file-1";
    public static final String CASE_NUMBER = "城公（治）行罚决字〔2017〕0101号";
    public static final String UNIT = "unit-chengguan";
    public static final String PRIMARY_OFFICER = "officer-zhangsan";
    public static final String CO_HANDLER = "officer-lisi";
    public static final String LEGAL_OFFICER = "officer-legal-wang";
    public static final String REVIEWER = "officer-reviewer-zhao";
    public static final String BRIGADE = "unit-legal-brigade";
    public static final LocalDate SUBMISSION_DUE_ON = LocalDate.of(2017, 4, 10);

    private CaseFileSnapshots() {
    }

    /** An instant given as Beijing local time, e.g. "2017-04-10T17:30". */
    public static Instant at(String beijingLocalDateTime) {
        return LocalDateTime.parse(beijingLocalDateTime).atZone(BureauCalendar.DEFAULT_ZONE).toInstant();
    }

    /** Registered (and pre-reviewed that many times), not submitted, not marked overdue. */
    public static CaseFileSnapshot unsubmitted(int preReviews) {
        return new CaseFileSnapshot(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, List.of(CO_HANDLER),
                TestRulebooks.DEFAULT_VERSION, preReviews == 0 ? CaseFileState.REGISTERED : CaseFileState.PRE_REVIEWED,
                new Deadline(SUBMISSION_DUE_ON, at("2017-04-11T00:00")), preReviews, false, false, List.of(), null,
                List.of(), null, null, null, null, Set.of());
    }

    /** Pre-reviewed once and submitted on time on 2017-04-05, awaiting its round-one review. */
    public static CaseFileSnapshot submittedOnTime() {
        CaseFileSnapshot file = unsubmitted(1);
        return new CaseFileSnapshot(file.caseFileId(), file.caseNumber(), file.unitId(), file.primaryOfficerId(),
                file.coHandlerIds(), file.rulebookVersion(), CaseFileState.SUBMITTED, file.submissionDeadline(), 1,
                false, false, List.of(), null, List.of(), null, null, null, null, Set.of());
    }

    /** The same file with its evaluation over. */
    public static CaseFileSnapshot closed(CaseFileSnapshot file) {
        return new CaseFileSnapshot(file.caseFileId(), file.caseNumber(), file.unitId(), file.primaryOfficerId(),
                file.coHandlerIds(), file.rulebookVersion(), CaseFileState.CLOSED, file.submissionDeadline(),
                file.preReviews(), file.overdueSubmission(), file.overdueRectification(), file.processPenalties(),
                file.evaluationMonth(), file.roundOneFindings(), file.card(), file.cardAt(),
                file.rectificationDeadline(), file.pendingObjectionRound(), file.objectedRounds());
    }
}
