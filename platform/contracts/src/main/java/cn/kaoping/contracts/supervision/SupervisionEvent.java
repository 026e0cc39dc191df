package cn.kaoping.contracts.supervision;

import cn.kaoping.contracts.DomainEvent;

/**
 * 督: events of supervision-service, on {@link cn.kaoping.contracts.Topics#SUPERVISION_EVENTS}: tracking
 * items of key persons and key files (S1) and accountability cases (S2). The software proposes, people
 * decide: a decision is final, and a review or appeal outcome is a new event. Add a record to
 * {@code permits} to add an event type.
 */
public sealed interface SupervisionEvent extends DomainEvent
        permits TrackingItemOpened, TrackingItemResolved, TrackingItemOverdue, AccountabilityCaseOpened,
        AccountabilityOpinionIssued, AccountabilityDecided, AccountabilityDecisionRevised {

    /** The envelope's subject and Kafka key, as each record's Javadoc names it. */
    String subject();
}
