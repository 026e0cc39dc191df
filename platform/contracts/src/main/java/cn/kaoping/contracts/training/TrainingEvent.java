package cn.kaoping.contracts.training;

import cn.kaoping.contracts.DomainEvent;

/**
 * 训: events of training-service, on {@link cn.kaoping.contracts.Topics#TRAINING_EVENTS}: confirmed
 * ten-best / ten-worst selections (T2), lagging-officer nominations and exam outcomes (T3), rotation
 * training (T4). Add a record to {@code permits} to add an event type.
 */
public sealed interface TrainingEvent extends DomainEvent
        permits SelectionConfirmed, OfficerNominated, NominationExcused, ExamOutcomeRecorded,
        RotationTrainingRecorded {

    /** The envelope's subject and Kafka key, as each record's Javadoc names it. */
    String subject();
}
