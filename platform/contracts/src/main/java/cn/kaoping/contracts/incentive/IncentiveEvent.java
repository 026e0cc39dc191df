package cn.kaoping.contracts.incentive;

import cn.kaoping.contracts.DomainEvent;

/**
 * 奖: events of incentive-service, on {@link cn.kaoping.contracts.Topics#INCENTIVE_EVENTS}: approved funding
 * allocations (I2) and commendation rankings (I3). Points come from the closed list of allowed inputs (I1);
 * no event carries a figure the national rules ban as an indicator. Add a record to {@code permits} to add
 * an event type.
 */
public sealed interface IncentiveEvent extends DomainEvent
        permits FundingAllocationApproved, CommendationRankingPublished {

    /** The envelope's subject and Kafka key, as each record's Javadoc names it. */
    String subject();
}
