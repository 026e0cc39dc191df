package cn.kaoping.contracts.testing;

import cn.kaoping.contracts.DomainEvent;
import cn.kaoping.contracts.EventType;
import cn.kaoping.contracts.Nullable;

/** A topic that exists only in tests, to show the conventions of the registry. */
public sealed interface TestingEvent extends DomainEvent {

    record Opened(String id) implements TestingEvent {
    }

    record Renamed(String id) implements TestingEvent {
    }

    /** The breaking successor of {@link Renamed}: same type, version 2. */
    @EventType(value = "kaoping.testing.Renamed", version = 2)
    record RenamedV2(String id, String name) implements TestingEvent {
    }

    /** A nested sealed interface: its records belong to the same topic. */
    sealed interface Closing extends TestingEvent {
    }

    record Closed(String id, @Nullable String reason) implements Closing {
    }
}
