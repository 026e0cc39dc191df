package cn.kaoping.evaluation.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFilePreReviewed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ObjectionRaised;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.evaluation.casefile.objecting.DecideObjection;
import cn.kaoping.evaluation.casefile.objecting.ObjectionRaisingDecision;
import cn.kaoping.evaluation.casefile.objecting.ObjectionRulingDecision;
import cn.kaoping.evaluation.casefile.objecting.RaiseObjection;
import cn.kaoping.evaluation.casefile.prereviewing.PreReviewCaseFile;
import cn.kaoping.evaluation.casefile.prereviewing.PreReviewDecision;
import cn.kaoping.evaluation.casefile.registering.RegisterCaseFile;
import cn.kaoping.evaluation.casefile.registering.RegistrationDecision;
import cn.kaoping.evaluation.casefile.reviewing.ExpireRectification;
import cn.kaoping.evaluation.casefile.reviewing.RectificationOverdueDecision;
import cn.kaoping.evaluation.casefile.reviewing.ReviewCaseFile;
import cn.kaoping.evaluation.casefile.reviewing.ReviewDecision;
import cn.kaoping.evaluation.casefile.submitting.MarkSubmissionOverdue;
import cn.kaoping.evaluation.casefile.submitting.SubmissionDecision;
import cn.kaoping.evaluation.casefile.submitting.SubmissionOverdueDecision;
import cn.kaoping.evaluation.casefile.submitting.SubmitCaseFile;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.deadline.Deadline;
import cn.kaoping.evaluation.domain.Refusals;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import cn.kaoping.evaluation.scoring.Findings;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * 行政案卷: one closed administrative case file through its whole evaluation (E1–E6, E9): registration,
 * pre-review, submission, round-one review, rectification and resubmission, round-two review, closing, and
 * objections to its cards.
 *
 * <p>Only the Axon wiring lives here. Each rule of PROCESS.md is the decision of its use case (e.g.
 * {@link ReviewDecision}), a pure function of the command, the file as it stands ({@link CaseFileSnapshot}, taken
 * before the command), the rulebook and the bureau's calendar that returns the events; the handlers apply them in
 * order, and the {@code @EventSourcingHandler}s below keep the state.
 *
 * <p>The whole file is scored under one rulebook version, the one in force on its closing date, recorded at
 * registration (see {@link RulebookCatalog}). Dates and months are those of the bureau's calendar.
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

    /** E1: the rulebook in force on the closing date is the decision's to require (400 NO_RULEBOOK_IN_FORCE). */
    @CommandHandler
    public CaseFile(RegisterCaseFile command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        Optional<Rulebook> inForce = command.closedOn() == null
                ? Optional.empty() : rulebooks.findInForceOn(command.closedOn());
        applyAll(RegistrationDecision.decide(command, inForce, calendar));
    }

    @CommandHandler
    public void handle(PreReviewCaseFile command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        applyAll(PreReviewDecision.decide(command, snapshot(), rulebook(rulebooks), calendar));
    }

    @CommandHandler
    public void handle(SubmitCaseFile command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        applyAll(SubmissionDecision.decide(command, snapshot(), rulebook(rulebooks), calendar));
    }

    @CommandHandler
    public void handle(MarkSubmissionOverdue command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        applyAll(SubmissionOverdueDecision.decide(command, snapshot(), rulebook(rulebooks), calendar));
    }

    @CommandHandler
    public void handle(ReviewCaseFile command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        applyAll(ReviewDecision.decide(command, snapshot(), rulebook(rulebooks), calendar));
    }

    @CommandHandler
    public void handle(ExpireRectification command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        applyAll(RectificationOverdueDecision.decide(command, snapshot(), rulebook(rulebooks), calendar));
    }

    @CommandHandler
    public void handle(RaiseObjection command, RulebookCatalog rulebooks, BureauCalendar calendar) {
        applyAll(ObjectionRaisingDecision.decide(command, snapshot(), rulebook(rulebooks), calendar));
    }

    @CommandHandler
    public void handle(DecideObjection command, RulebookCatalog rulebooks) {
        applyAll(ObjectionRulingDecision.decide(command, snapshot(), rulebook(rulebooks)));
    }

    /** The file as it stands, before the command: every event the decision returns is computed from it. */
    private CaseFileSnapshot snapshot() {
        return new CaseFileSnapshot(caseFileId, caseNumber, unitId, primaryOfficerId, coHandlerIds, rulebookVersion,
                state, submissionDeadline, preReviews, overdueSubmission, overdueRectification, processPenalties,
                evaluationMonth, roundOneFindings, card, cardAt, rectificationDeadline, pendingObjectionRound,
                objectedRounds);
    }

    /** The file's rulebook version; 503 while the catalog lacks it (it is there once the catalog catches up). */
    private Rulebook rulebook(RulebookCatalog rulebooks) {
        return rulebooks.version(rulebookVersion).orElseThrow(() -> Refusals.rulebookUnavailable(rulebookVersion));
    }

    private static void applyAll(List<EvaluationEvent> events) {
        events.forEach(event -> apply(event));
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
