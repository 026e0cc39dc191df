package cn.kaoping.contracts.testing;

import cn.kaoping.contracts.DomainEvent;
import cn.kaoping.contracts.EventType;

/** Two records that claim the same type and version: a registry must refuse them. */
public sealed interface ClashingEvent extends DomainEvent {

    @EventType("kaoping.testing.Same")
    record First(String id) implements ClashingEvent {
    }

    @EventType("kaoping.testing.Same")
    record Second(String id) implements ClashingEvent {
    }
}
