package cn.kaoping.evaluation.rulebook.whatif;

import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.Rectification;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.RulebookItem;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.deadline.Deadline;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.scoring.CardCalculator;
import cn.kaoping.evaluation.scoring.Findings;
import cn.kaoping.evaluation.scoring.Points;
import cn.kaoping.evaluation.scoring.ProcessPenalties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * 规则试算 of one file: its stored events replayed through the scoring code the aggregate uses
 * ({@link CardCalculator}, {@link ProcessPenalties}, {@link Findings}) under a draft
 * rulebook. What happened stays as it happened (the findings each reviewer recorded, rectified or not, withdrawn
 * by an upheld objection, when the file was submitted and its recorded deadline); only the pricing changes:
 * <ul>
 *   <li>a finding takes its item's dimension, class and veto from the draft; recorded at its item's default points
 *       (under the file's own rulebook version) it takes the draft's default, otherwise it keeps the points the
 *       reviewer gave, capped at the draft's maximum;</li>
 *   <li>a finding whose item the draft lacks counts nothing (listed in {@link Rescored#droppedItems()});</li>
 *   <li>an unrectified finding counts the draft's factor × points; dimension caps, veto and grade bands are the
 *       draft's;</li>
 *   <li>process penalties (MISSING, LATE, NO_PREREVIEW) the file carried are priced by the draft; LATE counts the
 *       draft's periods between the recorded deadline and the recorded submission.</li>
 * </ul>
 * Deadlines themselves are not re-drawn: a draft's periods would have changed what officers did, which no replay
 * can know.
 */
public final class RescoringDecision {

    private RescoringDecision() {
    }

    /**
     * @param events   the file's events, in their order (its registration first)
     * @param versions the published rulebook versions by id (the file's own version, to know default points)
     */
    public static Rescored rescore(List<EvaluationEvent> events, Function<String, Optional<Rulebook>> versions,
                                   Rulebook draft, BureauCalendar calendar) {
        Replay replay = new Replay(versions, draft, calendar);
        events.forEach(replay::apply);
        return replay.result();
    }

    private static final class Replay {
        private final Function<String, Optional<Rulebook>> versions;
        private final Rulebook draft;
        private final BureauCalendar calendar;
        private Rulebook recorded;
        private Deadline submissionDeadline;
        private Instant submittedAt;
        private List<ProcessPenalty> penalties = List.of();
        private EvaluationCard card;
        private final Set<String> dropped = new LinkedHashSet<>();

        Replay(Function<String, Optional<Rulebook>> versions, Rulebook draft, BureauCalendar calendar) {
            this.versions = versions;
            this.draft = draft;
            this.calendar = calendar;
        }

        void apply(EvaluationEvent event) {
            if (event instanceof CaseFileRegistered registered) {
                recorded = versions.apply(registered.rulebookVersion()).orElse(null);
                submissionDeadline = new Deadline(registered.submissionDueOn(), registered.submissionOverdueAt());
            } else if (event instanceof SubmissionOverdue overdue) {
                penalties = priced(overdue.processPenalties());
            } else if (event instanceof CaseFileSubmitted submitted && submitted.round() == 1) {
                submittedAt = submitted.occurredAt();
                penalties = priced(submitted.processPenalties());
            } else if (event instanceof CaseFileReviewed reviewed) {
                card = rescored(reviewed.card());
            } else if (event instanceof RectificationOverdue overdue) {
                card = rescored(overdue.card());
            } else if (event instanceof ObjectionDecided decided) {
                card = rescored(decided.card());
            }
        }

        Rescored result() {
            if (card == null) {
                BigDecimal deduction = CardCalculator.processOnlyDeduction(penalties);
                return new Rescored(new FileResult(deduction, Points.HUNDRED.subtract(deduction), null, null),
                        List.copyOf(dropped));
            }
            return new Rescored(new FileResult(card.totalDeduction(), card.score(), card.grade(),
                    card.classification()), List.copyOf(dropped));
        }

        private EvaluationCard rescored(EvaluationCard recordedCard) {
            List<Finding> findings = new ArrayList<>();
            for (Finding finding : recordedCard.findings()) {
                rescored(finding).ifPresent(findings::add);
            }
            return CardCalculator.card(draft, recordedCard.round(), findings, priced(recordedCard.processPenalties()));
        }

        private Optional<Finding> rescored(Finding finding) {
            Optional<RulebookItem> item = draft.item(finding.itemCode());
            if (item.isEmpty()) {
                dropped.add(finding.itemCode());
                return Optional.empty();
            }
            RulebookItem draftItem = item.get();
            BigDecimal points = points(finding, draftItem);
            Finding repriced = new Finding(finding.findingId(), finding.recordedInRound(), finding.itemCode(),
                    draftItem.dimension(), points, points, draftItem.findingClass(), draftItem.veto(), finding.note(),
                    null, false);
            if (finding.rectification() == Rectification.RECTIFIED) {
                repriced = Findings.rectified(repriced);
            } else if (finding.rectification() == Rectification.UNRECTIFIED) {
                repriced = Findings.unrectified(repriced, draft.unrectifiedFactor());
            }
            return Optional.of(finding.withdrawn() ? Findings.withdrawn(repriced) : repriced);
        }

        private BigDecimal points(Finding finding, RulebookItem draftItem) {
            boolean atDefault = recorded != null && recorded.item(finding.itemCode())
                    .map(i -> i.defaultPoints().compareTo(finding.points()) == 0).orElse(false);
            BigDecimal points = atDefault ? draftItem.defaultPoints() : finding.points();
            return Points.canonical(Points.min(points, draftItem.maxPoints()));
        }

        private List<ProcessPenalty> priced(List<ProcessPenalty> carried) {
            return carried.stream().map(this::priced).toList();
        }

        private ProcessPenalty priced(ProcessPenalty penalty) {
            return switch (penalty.code()) {
                case MISSING -> ProcessPenalties.missing(draft);
                case NO_PREREVIEW -> ProcessPenalties.noPreReview(draft);
                case LATE -> submittedAt == null || submissionDeadline == null ? penalty
                        : ProcessPenalties.late(draft, submissionDeadline, submittedAt,
                                calendar);
            };
        }
    }
}
