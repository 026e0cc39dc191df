package cn.kaoping.evaluation.infrastructure.publishing;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.evaluation.infrastructure.axon.AxonSetup;
import cn.kaoping.kafka.EventPublisher;
import cn.kaoping.kafka.OutgoingRecord;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Publishes the event store to Kafka, as the handler of the tracking processor
 * {@link AxonSetup#PUBLISHER_PROCESSOR}: at least once, never lost, in order per file.
 *
 * <p>The processor reads a batch of events in one unit of work whose transaction also stores its token. The
 * records of the batch are collected here and published together, synchronously, before that transaction
 * commits (prepare-commit), in waves of one record per case file ({@link KeyWaves}): when Kafka does not
 * acknowledge all of them, the publisher throws, the transaction rolls back with the token, and the processor
 * retries the batch from the last stored token. Records already acknowledged are then published again;
 * consumers recognise them by the envelope id. Events that are not evaluation events have no handler here and
 * are passed over.
 */
@Singleton
@ProcessingGroup(AxonSetup.PUBLISHER_PROCESSOR)
public class EventStorePublisher {

    private static final String BATCH_RESOURCE = EventStorePublisher.class.getName() + ".batch";

    private final EventPublisher publisher;

    EventStorePublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(EvaluationEvent event, EventMessage<?> message) {
        OutgoingRecord record = EvaluationRecords.of(event, message);
        if (!CurrentUnitOfWork.isStarted()) {
            publisher.publish(record);
            return;
        }
        batchOf(CurrentUnitOfWork.get().root()).add(record);
    }

    /** Each wave is acknowledged before the next one goes out (see {@link KeyWaves}). */
    private void publishInOrder(List<OutgoingRecord> batch) {
        for (List<OutgoingRecord> wave : KeyWaves.of(batch)) {
            publisher.publish(wave);
        }
    }

    private List<OutgoingRecord> batchOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(BATCH_RESOURCE, key -> {
            List<OutgoingRecord> batch = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> publishInOrder(batch));
            return batch;
        });
    }
}
