package cn.kaoping.contracts.publicity;

import cn.kaoping.contracts.DomainEvent;

/**
 * 示: events of publicity-service, on {@link cn.kaoping.contracts.Topics#PUBLICITY_EVENTS}.
 * Add a record to {@code permits} to add an event type.
 */
public sealed interface PublicityEvent extends DomainEvent
        permits MonthlyListPublished, RedCardIssued, BulletinPublished, CommentaryPublished {
}
