package cn.kaoping.contracts.evaluation;

import cn.kaoping.contracts.DomainEvent;
import java.time.Instant;

/**
 * Every event of evaluation-service (评), the source of truth for case files, cards, deductions, deadlines,
 * rulebook versions, units and officers (E9). Published on {@code kaoping.evaluation.events.v1} keyed by
 * {@link #subject()}. Each event is self-contained: it carries the totals, the evaluation month, the unit
 * and the primary officer a consumer needs, so that no consumer recomputes the rules.
 */
public sealed interface EvaluationEvent extends DomainEvent permits
        UnitRegistered,
        OfficerRegistered,
        RulebookVersionPublished,
        CaseFileRegistered,
        CaseFilePreReviewed,
        CaseFileSubmitted,
        SubmissionOverdue,
        CaseFileReviewed,
        RectificationOverdue,
        CaseFileClosed,
        ObjectionRaised,
        ObjectionDecided,
        OfficerUpdated,
        OfficerTransferred,
        OfficerDeactivated,
        UnitRenamed {

    /** The actor of changes that no person made, such as a deadline passing. */
    String SYSTEM_ACTOR = "system";

    /** The aggregate the event belongs to (case-file, unit, officer or rulebook version id): the Kafka key. */
    String subject();

    /** Who made the change: a user id, or {@link #SYSTEM_ACTOR}. */
    String actorId();

    /** When the change happened, as the command said (the domain never reads a clock). */
    Instant occurredAt();
}
