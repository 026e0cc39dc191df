package cn.kaoping.evaluation.query.casefiles;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.evaluation.query.SynchronousReadModel;
import cn.kaoping.runtime.db.Db;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

/** Keeps {@code case_file_history}: every event of a file, in order, with its actor and a summary (E8, E9). */
@Singleton
public class CaseFileHistoryProjection implements SynchronousReadModel {

    private final Db db;

    CaseFileHistoryProjection(Db db) {
        this.db = db;
    }

    @Override
    public List<String> tables() {
        return List.of("case_file_history");
    }

    @EventHandler
    void on(EvaluationEvent event, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain)) {
            return;
        }
        HistorySummaries.of(event).ifPresent(summary -> db.useHandle(handle -> handle.execute("""
                insert into case_file_history (case_file_id, sequence_number, event_type, occurred_at, actor_id,
                    summary, summary_en)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (case_file_id, sequence_number) do nothing""",
                domain.getAggregateIdentifier(), domain.getSequenceNumber(), event.getClass().getSimpleName(),
                event.occurredAt(), event.actorId(), summary.zh(), summary.en())));
    }
}
