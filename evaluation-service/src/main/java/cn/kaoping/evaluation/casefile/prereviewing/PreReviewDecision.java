package cn.kaoping.evaluation.casefile.prereviewing;

import cn.kaoping.contracts.evaluation.CaseFilePreReviewed;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.PreReviewFinding;
import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.casefile.CaseFileSnapshot;
import cn.kaoping.evaluation.casefile.CaseFileState;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.scoring.Findings;
import java.util.List;

/** 初评 (E2): the unit's legal officer records the findings of a pre-review; allowed until submission. */
public final class PreReviewDecision {

    private PreReviewDecision() {
    }

    public static List<EvaluationEvent> decide(PreReviewCaseFile command, CaseFileSnapshot file, Rulebook rulebook,
                                               BureauCalendar calendar) {
        file.requireNotClosed();
        if (file.state() != CaseFileState.REGISTERED && file.state() != CaseFileState.PRE_REVIEWED) {
            throw DomainException.conflict(ErrorCode.CASE_FILE_ALREADY_SUBMITTED, file.state());
        }
        int number = file.preReviews() + 1;
        List<PreReviewFinding> findings = Findings.forPreReview(rulebook, number, command.findings());
        return List.of(new CaseFilePreReviewed(file.caseFileId(), file.caseNumber(), file.unitId(),
                file.primaryOfficerId(), number, calendar.dateOf(command.at()), findings, command.actorId(),
                command.at()));
    }
}
