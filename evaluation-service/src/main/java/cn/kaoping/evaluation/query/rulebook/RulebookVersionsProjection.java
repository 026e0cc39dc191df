package cn.kaoping.evaluation.query.rulebook;

import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.evaluation.query.SynchronousReadModel;
import cn.kaoping.runtime.db.Db;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;

/** Keeps {@code rulebook_versions}, the list ADMINs and reviewers browse. */
@Singleton
public class RulebookVersionsProjection implements SynchronousReadModel {

    private final Db db;

    RulebookVersionsProjection(Db db) {
        this.db = db;
    }

    @Override
    public List<String> tables() {
        return List.of("rulebook_versions");
    }

    @EventHandler
    void on(RulebookVersionPublished event) {
        db.useHandle(handle -> handle.createUpdate("""
                        insert into rulebook_versions (version_id, name, effective_from, published_at, published_by,
                            content)
                        values (:versionId, :name, :effectiveFrom, :at, :actorId, cast(:content as jsonb))
                        on conflict (version_id) do nothing""")
                .bind("versionId", event.versionId())
                .bind("name", event.rulebook().name())
                .bind("effectiveFrom", event.rulebook().effectiveFrom())
                .bind("at", event.occurredAt())
                .bind("actorId", event.actorId())
                .bind("content", Db.json(event.rulebook()))
                .execute());
    }
}
