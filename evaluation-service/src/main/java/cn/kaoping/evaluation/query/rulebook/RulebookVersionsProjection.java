package cn.kaoping.evaluation.query.rulebook;

import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.evaluation.infrastructure.axon.SynchronousReadModel;
import cn.kaoping.evaluation.query.Jdbc;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;

/** Keeps {@code rulebook_versions}, the list ADMINs and reviewers browse. */
@Singleton
public class RulebookVersionsProjection implements SynchronousReadModel {

    private final Jdbc jdbc;

    RulebookVersionsProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("rulebook_versions");
    }

    @EventHandler
    void on(RulebookVersionPublished event) {
        jdbc.update("""
                insert into rulebook_versions (version_id, name, effective_from, published_at, published_by, content)
                values (?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (version_id) do nothing""",
                event.versionId(), event.rulebook().name(), event.rulebook().effectiveFrom(), event.occurredAt(),
                event.actorId(), Jdbc.json(event.rulebook()));
    }
}
