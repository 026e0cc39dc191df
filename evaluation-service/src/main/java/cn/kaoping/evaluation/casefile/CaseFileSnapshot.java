package cn.kaoping.evaluation.casefile;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.deadline.Deadline;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.rulebook.Rulebook;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 案卷现状: a registered case file as its events left it, before a command; what every decision of a case-file use
 * case decides on. An immutable value taken by {@link CaseFile} before each command, so that every event a command
 * yields is computed from the state before it, never from a half-applied one.
 *
 * @param state                 where the file stands
 * @param submissionDeadline    the round-one submission deadline (E1)
 * @param preReviews            how many pre-reviews were recorded (E2)
 * @param processPenalties      the process penalties as they stand (E3)
 * @param evaluationMonth       the month the file counts in, once fixed (E3, E4)
 * @param roundOneFindings      the round-one findings as they stand (withdrawals applied): what round two marks
 * @param card                  the latest card, or null before any review
 * @param cardAt                when the latest card was made (objection periods run from it)
 * @param rectificationDeadline the deadline for resubmission after a round-one review with findings, or null
 * @param pendingObjectionRound the round of the card whose objection awaits a decision, or null
 * @param objectedRounds        the rounds whose card was objected to (once per card)
 */
public record CaseFileSnapshot(
        String caseFileId,
        String caseNumber,
        String unitId,
        String primaryOfficerId,
        List<String> coHandlerIds,
        String rulebookVersion,
        CaseFileState state,
        Deadline submissionDeadline,
        int preReviews,
        boolean overdueSubmission,
        boolean overdueRectification,
        List<ProcessPenalty> processPenalties,
        YearMonth evaluationMonth,
        List<Finding> roundOneFindings,
        EvaluationCard card,
        Instant cardAt,
        Deadline rectificationDeadline,
        Integer pendingObjectionRound,
        Set<Integer> objectedRounds) {

    public CaseFileSnapshot {
        coHandlerIds = coHandlerIds == null ? List.of() : List.copyOf(coHandlerIds);
        processPenalties = processPenalties == null ? List.of() : List.copyOf(processPenalties);
        roundOneFindings = roundOneFindings == null ? List.of() : List.copyOf(roundOneFindings);
        objectedRounds = objectedRounds == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(objectedRounds));
    }

    /** Whether the file is not yet submitted (registered or pre-reviewed). */
    public boolean unsubmitted() {
        return state == CaseFileState.REGISTERED || state == CaseFileState.PRE_REVIEWED;
    }

    /** Whether this officer handles the file, as primary officer or co-handler (E9). */
    public boolean handledBy(String officerId) {
        return Objects.equals(officerId, primaryOfficerId) || coHandlerIds.contains(officerId);
    }

    /** The round-one findings not withdrawn: those round two marks rectified or unrectified. */
    public List<Finding> roundOneFindingsStanding() {
        return roundOneFindings.stream().filter(f -> !f.withdrawn()).toList();
    }

    /** 409 once the file's evaluation is over. */
    public void requireNotClosed() {
        if (state == CaseFileState.CLOSED) {
            throw DomainException.conflict(ErrorCode.CASE_FILE_CLOSED);
        }
    }

    /** 403 for a reviewer of the file's own unit (E4, E9). */
    public void requireReviewerOfAnotherUnit(String actorUnitId) {
        if (Objects.equals(actorUnitId, unitId)) {
            throw DomainException.notPermitted(ErrorCode.REVIEWER_OF_OWN_UNIT, unitId);
        }
    }

    /** The ids among {@code ids} in the order of the round-one card. */
    public List<String> inRoundOneOrder(Set<String> ids) {
        return roundOneFindings.stream().map(Finding::findingId).filter(ids::contains).toList();
    }

    /** The end of the file's evaluation with this final card. */
    public CaseFileClosed closed(ClosingReason reason, EvaluationCard finalCard, YearMonth month,
                                 boolean rectificationOverdue, String actorId, Instant at) {
        return new CaseFileClosed(caseFileId, caseNumber, unitId, primaryOfficerId, coHandlerIds, reason,
                finalCard.round(), finalCard.totalDeduction(), finalCard.score(), finalCard.grade(),
                finalCard.classification(), month, overdueSubmission, overdueRectification || rectificationOverdue,
                actorId, at);
    }

    /** The objection period after a card made at {@code cardAt} (E9). */
    public static Deadline objectionDeadline(Rulebook rulebook, Instant cardAt, BureauCalendar calendar) {
        return rulebook.objectionPeriod().after(calendar.dateOf(cardAt), cardAt, calendar);
    }
}
