package cn.kaoping.contracts;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.incentive.IncentiveEvent;
import cn.kaoping.contracts.publicity.PublicityEvent;
import cn.kaoping.contracts.supervision.SupervisionEvent;
import cn.kaoping.contracts.training.TrainingEvent;
import java.util.List;

/**
 * Every topic's sealed event interface. This list is the one place a new topic is added; the types of a
 * topic come from its interface's permitted records.
 */
public final class EventStreams {

    /** Topic interfaces, in the order documents list them (评 示 训 奖 督). */
    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            EvaluationEvent.class,
            PublicityEvent.class,
            TrainingEvent.class,
            IncentiveEvent.class,
            SupervisionEvent.class);

    private EventStreams() {
    }
}
