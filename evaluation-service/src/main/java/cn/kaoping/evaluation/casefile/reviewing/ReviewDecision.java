package cn.kaoping.evaluation.casefile.reviewing;

import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.domain.RefusalKind;
import cn.kaoping.evaluation.casefile.CaseFileSnapshot;
import cn.kaoping.evaluation.casefile.CaseFileState;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.deadline.Deadline;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.Refusals;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.scoring.CardCalculator;
import cn.kaoping.evaluation.scoring.Findings;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * 考评 (E4, E5, E6): a brigade reviewer of another unit fills the card of a submitted file: round one after
 * submission (no findings closes the evaluation; findings open the rectification period), round two after
 * resubmission (every standing round-one finding marked rectified or unrectified, then the evaluation closes).
 */
public final class ReviewDecision {

    private ReviewDecision() {
    }

    public static List<EvaluationEvent> decide(ReviewCaseFile command, CaseFileSnapshot file, Rulebook rulebook,
                                               BureauCalendar calendar) {
        file.requireNotClosed();
        switch (file.state()) {
            case REGISTERED, PRE_REVIEWED ->
                    throw DomainException.conflict(ErrorCode.CASE_FILE_NOT_SUBMITTED, file.state());
            case REVIEWED -> throw DomainException.conflict(ErrorCode.CASE_FILE_NOT_RESUBMITTED);
            default -> {
                // SUBMITTED or RESUBMITTED
            }
        }
        file.requireReviewerOfAnotherUnit(command.actorUnitId());
        return file.state() == CaseFileState.SUBMITTED
                ? roundOne(command, file, rulebook, calendar)
                : roundTwo(command, file, rulebook, calendar);
    }

    private static List<EvaluationEvent> roundOne(ReviewCaseFile command, CaseFileSnapshot file, Rulebook rulebook,
                                                  BureauCalendar calendar) {
        List<FieldError> errors = new ArrayList<>();
        if (!command.rectifiedFindingIds().isEmpty()) {
            errors.add(FieldError.of("rectifiedFindingIds", ErrorCode.NOTHING_TO_MARK_IN_ROUND_ONE));
        }
        if (!command.unrectifiedFindingIds().isEmpty()) {
            errors.add(FieldError.of("unrectifiedFindingIds", ErrorCode.NOTHING_TO_MARK_IN_ROUND_ONE));
        }
        List<Finding> findings = collect(errors, () -> Findings.forCard(rulebook, 1, command.findings(), List.of()));
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }
        EvaluationCard card = CardCalculator.card(rulebook, 1, findings, file.processPenalties());
        LocalDate reviewedOn = calendar.dateOf(command.at());
        YearMonth month = file.evaluationMonth() != null ? file.evaluationMonth() : calendar.monthOf(command.at());
        LocalDate objectionDueOn = CaseFileSnapshot.objectionDeadline(rulebook, command.at(), calendar).dueOn();
        if (findings.isEmpty()) {
            return List.of(
                    new CaseFileReviewed(file.caseFileId(), file.caseNumber(), file.unitId(), file.primaryOfficerId(),
                            file.coHandlerIds(), 1, reviewedOn, card, List.of(), List.of(), month, null, null,
                            objectionDueOn, command.actorId(), command.at()),
                    file.closed(ClosingReason.NO_FINDINGS_IN_ROUND_ONE, card, month, false, command.actorId(),
                            command.at()));
        }
        Deadline rectification = rulebook.rectificationPeriod().after(reviewedOn, command.at(), calendar);
        return List.of(new CaseFileReviewed(file.caseFileId(), file.caseNumber(), file.unitId(),
                file.primaryOfficerId(), file.coHandlerIds(), 1, reviewedOn, card, List.of(), List.of(), month,
                rectification.dueOn(), rectification.overdueAt(), objectionDueOn, command.actorId(), command.at()));
    }

    private static List<EvaluationEvent> roundTwo(ReviewCaseFile command, CaseFileSnapshot file, Rulebook rulebook,
                                                  BureauCalendar calendar) {
        List<FieldError> errors = new ArrayList<>();
        List<Finding> standing = file.roundOneFindingsStanding();
        Map<String, Finding> toMark = standing.stream()
                .collect(Collectors.toMap(Finding::findingId, Function.identity()));
        Set<String> rectified = markedIds(errors, "rectifiedFindingIds", command.rectifiedFindingIds(), toMark);
        Set<String> unrectified = markedIds(errors, "unrectifiedFindingIds", command.unrectifiedFindingIds(), toMark);
        for (String id : rectified) {
            if (unrectified.contains(id)) {
                errors.add(FieldError.of("unrectifiedFindingIds", ErrorCode.FINDING_MARKED_TWICE, id));
            }
        }
        for (Finding finding : file.roundOneFindings()) {
            String id = finding.findingId();
            if (toMark.containsKey(id) && !rectified.contains(id) && !unrectified.contains(id)) {
                errors.add(FieldError.of("rectifiedFindingIds", ErrorCode.FINDING_NOT_MARKED, id));
            }
        }
        List<Finding> added = collect(errors, () -> Findings.forCard(rulebook, 2, command.findings(), standing));
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }

        List<Finding> findings = new ArrayList<>();
        for (Finding finding : file.roundOneFindings()) {
            if (finding.withdrawn()) {
                findings.add(finding);
            } else if (rectified.contains(finding.findingId())) {
                findings.add(Findings.rectified(finding));
            } else {
                findings.add(Findings.unrectified(finding, rulebook.unrectifiedFactor()));
            }
        }
        findings.addAll(added);
        EvaluationCard card = CardCalculator.card(rulebook, 2, findings, file.processPenalties());
        LocalDate objectionDueOn = CaseFileSnapshot.objectionDeadline(rulebook, command.at(), calendar).dueOn();
        return List.of(
                new CaseFileReviewed(file.caseFileId(), file.caseNumber(), file.unitId(), file.primaryOfficerId(),
                        file.coHandlerIds(), 2, calendar.dateOf(command.at()), card, file.inRoundOneOrder(rectified),
                        file.inRoundOneOrder(unrectified), file.evaluationMonth(), null, null, objectionDueOn,
                        command.actorId(), command.at()),
                file.closed(ClosingReason.ROUND_TWO_REVIEWED, card, file.evaluationMonth(), false, command.actorId(),
                        command.at()));
    }

    private static Set<String> markedIds(List<FieldError> errors, String field, List<String> ids,
                                         Map<String, Finding> markable) {
        Set<String> marked = new LinkedHashSet<>();
        for (String id : ids) {
            if (!markable.containsKey(id)) {
                errors.add(FieldError.of(field, ErrorCode.UNKNOWN_FINDING, id));
            } else if (!marked.add(id)) {
                errors.add(FieldError.of(field, ErrorCode.FINDING_MARKED_TWICE, id));
            }
        }
        return marked;
    }

    /** Runs a validation that refuses, adding its field errors to those already found. */
    private static <T> T collect(List<FieldError> errors, Supplier<T> validation) {
        try {
            return validation.get();
        } catch (DomainException e) {
            if (e.kind() != RefusalKind.INVALID_INPUT) {
                throw e;
            }
            errors.addAll(e.fieldErrors());
            return null;
        }
    }
}
