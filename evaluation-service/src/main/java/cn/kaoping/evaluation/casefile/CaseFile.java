package cn.kaoping.evaluation.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFilePreReviewed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ObjectionDecision;
import cn.kaoping.contracts.evaluation.ObjectionRaised;
import cn.kaoping.contracts.evaluation.PreReviewFinding;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.evaluation.casefile.objecting.DecideObjection;
import cn.kaoping.evaluation.casefile.objecting.RaiseObjection;
import cn.kaoping.evaluation.casefile.prereviewing.PreReviewCaseFile;
import cn.kaoping.evaluation.casefile.registering.RegisterCaseFile;
import cn.kaoping.evaluation.casefile.reviewing.ExpireRectification;
import cn.kaoping.evaluation.casefile.reviewing.ReviewCaseFile;
import cn.kaoping.evaluation.casefile.submitting.MarkSubmissionOverdue;
import cn.kaoping.evaluation.casefile.submitting.SubmitCaseFile;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.deadline.Deadline;
import cn.kaoping.evaluation.domain.ActionNotPermittedException;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.FieldError;
import cn.kaoping.evaluation.domain.InvalidInputException;
import cn.kaoping.evaluation.domain.RulebookUnavailableException;
import cn.kaoping.evaluation.domain.StateConflictException;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import cn.kaoping.evaluation.scoring.CardCalculator;
import cn.kaoping.evaluation.scoring.Findings;
import cn.kaoping.evaluation.scoring.Points;
import cn.kaoping.evaluation.scoring.ProcessPenalties;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * 行政案卷: one closed administrative case file through its whole evaluation (E1–E6, E9): registration,
 * pre-review, submission, round-one review, rectification and resubmission, round-two review, closing, and
 * objections to its cards. Every rule of PROCESS.md is a decision taken here; the scoring itself is
 * {@link CardCalculator}.
 *
 * <p>The whole file is scored under one rulebook version, the one in force on its closing date, recorded
 * at registration (see {@link RulebookCatalog}). Dates and months are those of the bureau's calendar.
 * Handlers compute every event from the state as it was before the command, then apply them.
 */
public class CaseFile {

    @AggregateIdentifier
    private String caseFileId;
    private String caseNumber;
    private String unitId;
    private String primaryOfficerId;
    private List<String> coHandlerIds;
    private String rulebookVersion;
    private CaseFileState state;
    private Deadline submissionDeadline;
    private int preReviews;
    private boolean overdueSubmission;
    private boolean overdueRectification;
    private List<ProcessPenalty> processPenalties = List.of();
    private YearMonth evaluationMonth;
    /** The round-one findings as they stand (withdrawals applied): what round two marks. */
    private List<Finding> roundOneFindings = List.of();
    /** The latest card and when it was made (objection periods run from it). */
    private EvaluationCard card;
    private Instant cardAt;
    private Deadline rectificationDeadline;
    private Integer pendingObjectionRound;
    private Set<Integer> objectedRounds = new HashSet<>();

    /** For Axon, to rebuild the file from its events. */
    protected CaseFile() {
    }

    // ---- E1 registration -------------------------------------------------------------------------

    /**
     * E1: registers the file; the submission deadline is closedOn + the rulebook's submission period. A file
     * whose deadline has already passed is overdue at once (E3).
     */
    @CommandHandler
    public CaseFile(RegisterCaseFile command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        List<FieldError> errors = new ArrayList<>();
        requireText(errors, "caseNumber", command.caseNumber());
        if (command.kind() == null) {
            errors.add(FieldError.of("kind", ErrorCode.REQUIRED));
        }
        requireText(errors, "unitId", command.unitId());
        requireText(errors, "primaryOfficerId", command.primaryOfficerId());
        Set<String> coHandlers = new HashSet<>();
        for (int i = 0; i < command.coHandlerIds().size(); i++) {
            String coHandler = command.coHandlerIds().get(i);
            String field = "coHandlerIds[" + i + "]";
            if (coHandler == null || coHandler.isBlank()) {
                errors.add(FieldError.of(field, ErrorCode.REQUIRED));
            } else if (coHandler.equals(command.primaryOfficerId())) {
                errors.add(FieldError.of(field, ErrorCode.PRIMARY_OFFICER_AMONG_CO_HANDLERS, coHandler));
            } else if (!coHandlers.add(coHandler)) {
                errors.add(FieldError.of(field, ErrorCode.DUPLICATE_CO_HANDLER, coHandler));
            }
        }
        Rulebook rulebook = null;
        LocalDate today = calendar.dateOf(command.at());
        if (command.closedOn() == null) {
            errors.add(FieldError.of("closedOn", ErrorCode.REQUIRED));
        } else if (command.closedOn().isAfter(today)) {
            errors.add(FieldError.of("closedOn", ErrorCode.CLOSED_ON_IN_FUTURE, command.closedOn(), today));
        } else {
            rulebook = rulebooks.findInForceOn(command.closedOn()).orElse(null);
            if (rulebook == null) {
                errors.add(FieldError.of("closedOn", ErrorCode.NO_RULEBOOK_IN_FORCE, command.closedOn()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        Deadline deadline = rulebook.submissionPeriod().after(command.closedOn(), command.at(), calendar);
        CaseFileRegistered registered = new CaseFileRegistered(command.caseFileId(), command.caseNumber().strip(),
                command.kind(), command.unitId(), command.primaryOfficerId(), command.coHandlerIds(),
                command.closedOn(), rulebook.versionId(), deadline.dueOn(), deadline.overdueAt(),
                command.actorId(), command.at());
        apply(registered);
        if (deadline.hasPassedAt(command.at())) {
            apply(submissionOverdue(registered.caseFileId(), registered.caseNumber(), registered.unitId(),
                    registered.primaryOfficerId(), registered.coHandlerIds(), deadline, rulebook, calendar,
                    command.at()));
        }
    }

    // ---- E2 pre-review ---------------------------------------------------------------------------

    /** E2: the unit's legal officer records the findings of a pre-review; allowed until submission. */
    @CommandHandler
    public void handle(PreReviewCaseFile command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        requireNotClosed();
        if (state != CaseFileState.REGISTERED && state != CaseFileState.PRE_REVIEWED) {
            throw new StateConflictException(ErrorCode.CASE_FILE_ALREADY_SUBMITTED, state);
        }
        int number = preReviews + 1;
        List<PreReviewFinding> findings = Findings.forPreReview(rulebook(rulebooks), number, command.findings());
        apply(new CaseFilePreReviewed(caseFileId, caseNumber, unitId, primaryOfficerId, number,
                calendar.dateOf(command.at()), findings, command.actorId(), command.at()));
    }

    // ---- E2/E3/E6 submission ---------------------------------------------------------------------

    /**
     * Round one (E2, E3): on or before the due date it is on time; later it is LATE, which replaces MISSING;
     * without a pre-review it is NO_PREREVIEW. A late file not yet marked overdue is marked now, so that its
     * evaluation month is the month the deadline passed whenever the scheduler fired.
     * Round two (E6): resubmission of a reviewed file before its rectification deadline.
     */
    @CommandHandler
    public void handle(SubmitCaseFile command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        requireNotClosed();
        switch (state) {
            case REGISTERED, PRE_REVIEWED -> submitRoundOne(command, rulebook(rulebooks), calendar);
            case REVIEWED -> resubmit(command, calendar);
            default -> throw new StateConflictException(ErrorCode.CASE_FILE_ALREADY_SUBMITTED, state);
        }
    }

    private void submitRoundOne(SubmitCaseFile command, Rulebook rulebook, BureauCalendar calendar) {
        boolean late = submissionDeadline.hasPassedAt(command.at());
        YearMonth month = evaluationMonth;
        if (late && !overdueSubmission) {
            SubmissionOverdue overdue = submissionOverdue(caseFileId, caseNumber, unitId, primaryOfficerId,
                    coHandlerIds, submissionDeadline, rulebook, calendar, command.at());
            month = overdue.evaluationMonth();
            apply(overdue);
        }
        List<ProcessPenalty> penalties = new ArrayList<>();
        if (late) {
            penalties.add(ProcessPenalties.late(rulebook, submissionDeadline, command.at(), calendar));
        }
        if (preReviews == 0) {
            penalties.add(ProcessPenalties.noPreReview(rulebook));
        }
        apply(new CaseFileSubmitted(caseFileId, caseNumber, unitId, primaryOfficerId, 1,
                calendar.dateOf(command.at()), late, penalties, CardCalculator.processOnlyDeduction(penalties),
                month, command.actorId(), command.at()));
    }

    private void resubmit(SubmitCaseFile command, BureauCalendar calendar) {
        if (rectificationDeadline.hasPassedAt(command.at())) {
            throw new StateConflictException(ErrorCode.RECTIFICATION_DEADLINE_PASSED, rectificationDeadline.dueOn());
        }
        apply(new CaseFileSubmitted(caseFileId, caseNumber, unitId, primaryOfficerId, 2,
                calendar.dateOf(command.at()), false, processPenalties,
                CardCalculator.processOnlyDeduction(processPenalties), evaluationMonth, command.actorId(),
                command.at()));
    }

    /**
     * E3: the deadline passed unsubmitted: flag, MISSING, evaluation month. A no-op — no event, no error —
     * when not due at {@code asOf}, already marked, or submitted.
     */
    @CommandHandler
    public void handle(MarkSubmissionOverdue command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        boolean unsubmitted = state == CaseFileState.REGISTERED || state == CaseFileState.PRE_REVIEWED;
        if (!unsubmitted || overdueSubmission || !submissionDeadline.hasPassedAt(command.asOf())) {
            return;
        }
        apply(submissionOverdue(caseFileId, caseNumber, unitId, primaryOfficerId, coHandlerIds,
                submissionDeadline, rulebook(rulebooks), calendar, command.asOf()));
    }

    private static SubmissionOverdue submissionOverdue(String caseFileId, String caseNumber, String unitId,
                                                       String primaryOfficerId, List<String> coHandlerIds,
                                                       Deadline deadline, Rulebook rulebook,
                                                       BureauCalendar calendar, Instant at) {
        List<ProcessPenalty> penalties = List.of(ProcessPenalties.missing(rulebook));
        BigDecimal deduction = CardCalculator.processOnlyDeduction(penalties);
        return new SubmissionOverdue(caseFileId, caseNumber, unitId, primaryOfficerId, coHandlerIds,
                deadline.dueOn(), calendar.monthOf(deadline.overdueAt()), rulebook.versionId(), penalties,
                deduction, Points.HUNDRED.subtract(deduction), EvaluationEvent.SYSTEM_ACTOR, at);
    }

    // ---- E4/E5/E6 review -------------------------------------------------------------------------

    /** E4/E5 round one after submission; E6 round two after resubmission. */
    @CommandHandler
    public void handle(ReviewCaseFile command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        requireNotClosed();
        switch (state) {
            case REGISTERED, PRE_REVIEWED -> throw new StateConflictException(ErrorCode.CASE_FILE_NOT_SUBMITTED, state);
            case REVIEWED -> throw new StateConflictException(ErrorCode.CASE_FILE_NOT_RESUBMITTED);
            default -> {
                // SUBMITTED or RESUBMITTED
            }
        }
        requireReviewerOfAnotherUnit(command.actorUnitId());
        Rulebook rulebook = rulebook(rulebooks);
        if (state == CaseFileState.SUBMITTED) {
            reviewRoundOne(command, rulebook, calendar);
        } else {
            reviewRoundTwo(command, rulebook, calendar);
        }
    }

    private void reviewRoundOne(ReviewCaseFile command, Rulebook rulebook, BureauCalendar calendar) {
        List<FieldError> errors = new ArrayList<>();
        if (!command.rectifiedFindingIds().isEmpty()) {
            errors.add(FieldError.of("rectifiedFindingIds", ErrorCode.NOTHING_TO_MARK_IN_ROUND_ONE));
        }
        if (!command.unrectifiedFindingIds().isEmpty()) {
            errors.add(FieldError.of("unrectifiedFindingIds", ErrorCode.NOTHING_TO_MARK_IN_ROUND_ONE));
        }
        List<Finding> findings = collect(errors, () -> Findings.forCard(rulebook, 1, command.findings(), List.of()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EvaluationCard newCard = CardCalculator.card(rulebook, 1, findings, processPenalties);
        LocalDate reviewedOn = calendar.dateOf(command.at());
        YearMonth month = evaluationMonth != null ? evaluationMonth : calendar.monthOf(command.at());
        LocalDate objectionDueOn = objectionDeadline(rulebook, command.at(), calendar).dueOn();
        if (findings.isEmpty()) {
            apply(new CaseFileReviewed(caseFileId, caseNumber, unitId, primaryOfficerId, coHandlerIds, 1,
                    reviewedOn, newCard, List.of(), List.of(), month, null, null, objectionDueOn,
                    command.actorId(), command.at()));
            apply(closed(ClosingReason.NO_FINDINGS_IN_ROUND_ONE, newCard, month, false, command.actorId(),
                    command.at()));
            return;
        }
        Deadline rectification = rulebook.rectificationPeriod().after(reviewedOn, command.at(), calendar);
        apply(new CaseFileReviewed(caseFileId, caseNumber, unitId, primaryOfficerId, coHandlerIds, 1,
                reviewedOn, newCard, List.of(), List.of(), month, rectification.dueOn(), rectification.overdueAt(),
                objectionDueOn, command.actorId(), command.at()));
    }

    private void reviewRoundTwo(ReviewCaseFile command, Rulebook rulebook, BureauCalendar calendar) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Finding> toMark = roundOneFindings.stream()
                .filter(f -> !f.withdrawn())
                .collect(Collectors.toMap(Finding::findingId, Function.identity()));
        Set<String> rectified = markedIds(errors, "rectifiedFindingIds", command.rectifiedFindingIds(), toMark);
        Set<String> unrectified = markedIds(errors, "unrectifiedFindingIds", command.unrectifiedFindingIds(), toMark);
        for (String id : rectified) {
            if (unrectified.contains(id)) {
                errors.add(FieldError.of("unrectifiedFindingIds", ErrorCode.FINDING_MARKED_TWICE, id));
            }
        }
        for (Finding finding : roundOneFindings) {
            String id = finding.findingId();
            if (toMark.containsKey(id) && !rectified.contains(id) && !unrectified.contains(id)) {
                errors.add(FieldError.of("rectifiedFindingIds", ErrorCode.FINDING_NOT_MARKED, id));
            }
        }
        List<Finding> carried = roundOneFindings.stream().filter(f -> !f.withdrawn()).toList();
        List<Finding> added = collect(errors, () -> Findings.forCard(rulebook, 2, command.findings(), carried));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        List<Finding> findings = new ArrayList<>();
        for (Finding finding : roundOneFindings) {
            if (finding.withdrawn()) {
                findings.add(finding);
            } else if (rectified.contains(finding.findingId())) {
                findings.add(Findings.rectified(finding));
            } else {
                findings.add(Findings.unrectified(finding, rulebook.unrectifiedFactor()));
            }
        }
        findings.addAll(added);
        EvaluationCard newCard = CardCalculator.card(rulebook, 2, findings, processPenalties);
        LocalDate objectionDueOn = objectionDeadline(rulebook, command.at(), calendar).dueOn();
        apply(new CaseFileReviewed(caseFileId, caseNumber, unitId, primaryOfficerId, coHandlerIds, 2,
                calendar.dateOf(command.at()), newCard, orderedAsRoundOne(rectified),
                orderedAsRoundOne(unrectified), evaluationMonth, null, null, objectionDueOn, command.actorId(),
                command.at()));
        apply(closed(ClosingReason.ROUND_TWO_REVIEWED, newCard, evaluationMonth, false, command.actorId(),
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

    private List<String> orderedAsRoundOne(Set<String> ids) {
        return roundOneFindings.stream().map(Finding::findingId).filter(ids::contains).toList();
    }

    /**
     * E6: the rectification deadline passed without resubmission: every round-one finding counts as
     * unrectified, the file is flagged and closed. A no-op — no event, no error — unless the file awaits
     * resubmission and the deadline has passed at {@code asOf}.
     */
    @CommandHandler
    public void handle(ExpireRectification command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        if (state != CaseFileState.REVIEWED || !rectificationDeadline.hasPassedAt(command.asOf())) {
            return;
        }
        Rulebook rulebook = rulebook(rulebooks);
        List<Finding> findings = roundOneFindings.stream()
                .map(f -> f.withdrawn() ? f : Findings.unrectified(f, rulebook.unrectifiedFactor()))
                .toList();
        List<String> unrectified = findings.stream().filter(f -> !f.withdrawn()).map(Finding::findingId).toList();
        EvaluationCard newCard = CardCalculator.card(rulebook, 2, findings, processPenalties);
        apply(new RectificationOverdue(caseFileId, caseNumber, unitId, primaryOfficerId, coHandlerIds,
                rectificationDeadline.dueOn(), newCard, unrectified, evaluationMonth,
                objectionDeadline(rulebook, command.asOf(), calendar).dueOn(), EvaluationEvent.SYSTEM_ACTOR,
                command.asOf()));
        apply(closed(ClosingReason.RECTIFICATION_OVERDUE, newCard, evaluationMonth, true,
                EvaluationEvent.SYSTEM_ACTOR, command.asOf()));
    }

    // ---- E9 objection ----------------------------------------------------------------------------

    /** E9: an officer of the file objects to its latest card within the objection period after it. */
    @CommandHandler
    public void handle(RaiseObjection command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        if (card == null) {
            throw new StateConflictException(ErrorCode.CASE_FILE_NOT_REVIEWED);
        }
        if (!command.actorId().equals(primaryOfficerId) && !coHandlerIds.contains(command.actorId())) {
            throw new ActionNotPermittedException(ErrorCode.OBJECTION_NOT_BY_HANDLING_OFFICER, command.actorId());
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw InvalidInputException.of("reason", ErrorCode.REQUIRED);
        }
        if (pendingObjectionRound != null) {
            throw new StateConflictException(ErrorCode.OBJECTION_PENDING, pendingObjectionRound);
        }
        if (objectedRounds.contains(card.round())) {
            throw new StateConflictException(ErrorCode.OBJECTION_ALREADY_RAISED, card.round());
        }
        Rulebook rulebook = rulebook(rulebooks);
        Deadline objectionDeadline = objectionDeadline(rulebook, cardAt, calendar);
        if (objectionDeadline.hasPassedAt(command.at())) {
            throw new StateConflictException(ErrorCode.OBJECTION_PERIOD_OVER, objectionDeadline.dueOn());
        }
        LocalDate decisionDueOn = rulebook.objectionDecisionPeriod()
                .after(calendar.dateOf(command.at()), command.at(), calendar).dueOn();
        apply(new ObjectionRaised(caseFileId, caseNumber, unitId, primaryOfficerId, card.round(),
                command.reason().strip(), decisionDueOn, command.actorId(), command.at()));
    }

    /**
     * E9: a reviewer of another unit decides the pending objection. Upheld: the named findings of the card
     * objected to are withdrawn and the current card is recomputed; when that leaves a file awaiting
     * rectification without any round-one finding, its evaluation closes (E5).
     */
    @CommandHandler
    public void handle(DecideObjection command, RulebookCatalog rulebooks) {
        if (pendingObjectionRound == null) {
            throw new StateConflictException(ErrorCode.NO_PENDING_OBJECTION);
        }
        requireReviewerOfAnotherUnit(command.actorUnitId());
        if (command.decision() == null) {
            throw InvalidInputException.of("decision", ErrorCode.REQUIRED);
        }
        Set<String> withdrawn = new LinkedHashSet<>(command.withdrawnFindingIds());
        if (command.decision() == ObjectionDecision.REJECTED && !withdrawn.isEmpty()) {
            throw InvalidInputException.of("withdrawnFindingIds", ErrorCode.WITHDRAWAL_ON_REJECTION);
        }
        if (command.decision() == ObjectionDecision.UPHELD && withdrawn.isEmpty()) {
            throw InvalidInputException.of("withdrawnFindingIds", ErrorCode.WITHDRAWAL_REQUIRED);
        }
        List<FieldError> errors = new ArrayList<>();
        for (String id : withdrawn) {
            boolean withdrawable = card.findings().stream().anyMatch(f -> f.findingId().equals(id)
                    && !f.withdrawn() && f.recordedInRound() <= pendingObjectionRound);
            if (!withdrawable) {
                errors.add(FieldError.of("withdrawnFindingIds", ErrorCode.UNKNOWN_FINDING, id));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        Rulebook rulebook = rulebook(rulebooks);
        EvaluationCard newCard = card;
        if (command.decision() == ObjectionDecision.UPHELD) {
            List<Finding> findings = card.findings().stream()
                    .map(f -> withdrawn.contains(f.findingId()) ? Findings.withdrawn(f) : f)
                    .toList();
            newCard = CardCalculator.card(rulebook, card.round(), findings, card.processPenalties());
        }
        String reasoning = command.reasoning() == null || command.reasoning().isBlank()
                ? null : command.reasoning().strip();
        apply(new ObjectionDecided(caseFileId, caseNumber, unitId, primaryOfficerId, coHandlerIds,
                pendingObjectionRound, command.decision(), List.copyOf(withdrawn), reasoning, newCard,
                evaluationMonth, command.actorId(), command.at()));
        boolean awaitingRoundTwo = state == CaseFileState.REVIEWED || state == CaseFileState.RESUBMITTED;
        boolean roundOneFindingLeft = roundOneFindings.stream()
                .anyMatch(f -> !f.withdrawn() && !withdrawn.contains(f.findingId()));
        if (awaitingRoundTwo && !roundOneFindingLeft) {
            apply(closed(ClosingReason.ALL_FINDINGS_WITHDRAWN, newCard, evaluationMonth, false,
                    command.actorId(), command.at()));
        }
    }

    // ---- helpers of the decisions ----------------------------------------------------------------

    private CaseFileClosed closed(ClosingReason reason, EvaluationCard finalCard, YearMonth month,
                                  boolean rectificationOverdue, String actorId, Instant at) {
        return new CaseFileClosed(caseFileId, caseNumber, unitId, primaryOfficerId, coHandlerIds, reason,
                finalCard.round(), finalCard.totalDeduction(), finalCard.score(), finalCard.grade(),
                finalCard.classification(), month, overdueSubmission, overdueRectification || rectificationOverdue,
                actorId, at);
    }

    private static Deadline objectionDeadline(Rulebook rulebook, Instant cardAt, BureauCalendar calendar) {
        return rulebook.objectionPeriod().after(calendar.dateOf(cardAt), cardAt, calendar);
    }

    private Rulebook rulebook(RulebookCatalog rulebooks) {
        return rulebooks.version(rulebookVersion).orElseThrow(() -> new RulebookUnavailableException(rulebookVersion));
    }

    private void requireNotClosed() {
        if (state == CaseFileState.CLOSED) {
            throw new StateConflictException(ErrorCode.CASE_FILE_CLOSED);
        }
    }

    private void requireReviewerOfAnotherUnit(String actorUnitId) {
        if (Objects.equals(actorUnitId, unitId)) {
            throw new ActionNotPermittedException(ErrorCode.REVIEWER_OF_OWN_UNIT, unitId);
        }
    }

    private static void requireText(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, ErrorCode.REQUIRED));
        }
    }

    /** Runs a validation that throws, adding its field errors to those already found. */
    private static <T> T collect(List<FieldError> errors, Supplier<T> validation) {
        try {
            return validation.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    // ---- state, from the events ------------------------------------------------------------------

    @EventSourcingHandler
    void on(CaseFileRegistered event) {
        caseFileId = event.caseFileId();
        caseNumber = event.caseNumber();
        unitId = event.unitId();
        primaryOfficerId = event.primaryOfficerId();
        coHandlerIds = event.coHandlerIds();
        rulebookVersion = event.rulebookVersion();
        submissionDeadline = new Deadline(event.submissionDueOn(), event.submissionOverdueAt());
        state = CaseFileState.REGISTERED;
    }

    @EventSourcingHandler
    void on(CaseFilePreReviewed event) {
        preReviews = event.preReviewNumber();
        state = CaseFileState.PRE_REVIEWED;
    }

    @EventSourcingHandler
    void on(SubmissionOverdue event) {
        overdueSubmission = true;
        processPenalties = event.processPenalties();
        evaluationMonth = event.evaluationMonth();
    }

    @EventSourcingHandler
    void on(CaseFileSubmitted event) {
        processPenalties = event.processPenalties();
        if (event.evaluationMonth() != null) {
            evaluationMonth = event.evaluationMonth();
        }
        state = event.round() == 1 ? CaseFileState.SUBMITTED : CaseFileState.RESUBMITTED;
    }

    @EventSourcingHandler
    void on(CaseFileReviewed event) {
        card = event.card();
        cardAt = event.occurredAt();
        evaluationMonth = event.evaluationMonth();
        if (event.round() == 1) {
            roundOneFindings = event.card().findings();
            rectificationDeadline = event.rectificationDueOn() == null
                    ? null : new Deadline(event.rectificationDueOn(), event.rectificationOverdueAt());
            state = CaseFileState.REVIEWED;
        }
    }

    @EventSourcingHandler
    void on(RectificationOverdue event) {
        card = event.card();
        cardAt = event.occurredAt();
        overdueRectification = true;
    }

    @EventSourcingHandler
    void on(CaseFileClosed event) {
        state = CaseFileState.CLOSED;
    }

    @EventSourcingHandler
    void on(ObjectionRaised event) {
        pendingObjectionRound = event.cardRound();
        objectedRounds.add(event.cardRound());
    }

    @EventSourcingHandler
    void on(ObjectionDecided event) {
        pendingObjectionRound = null;
        card = event.card();
        Set<String> withdrawn = Set.copyOf(event.withdrawnFindingIds());
        roundOneFindings = roundOneFindings.stream()
                .map(f -> withdrawn.contains(f.findingId()) && !f.withdrawn() ? Findings.withdrawn(f) : f)
                .toList();
    }

    CaseFileState state() {
        return state;
    }
}
