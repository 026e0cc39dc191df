package cn.kaoping.contracts;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.publicity.PublicityEvent;
import java.util.List;

/**
 * Every topic's sealed event interface. This list is the one place a new topic is added; the types of a
 * topic come from its interface's permitted records.
 */
public final class EventStreams {

    /** Topic interfaces, in the order documents list them. */
    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            EvaluationEvent.class,
            PublicityEvent.class);

    private EventStreams() {
    }
}
