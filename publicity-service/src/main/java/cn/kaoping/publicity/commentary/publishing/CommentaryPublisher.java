package cn.kaoping.publicity.commentary.publishing;

import cn.kaoping.contracts.publicity.CommentaryPublished;
import cn.kaoping.publicity.commentary.Commentary;
import cn.kaoping.publicity.commentary.CommentaryRows;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Publishes a commentary: state and CommentaryPublished (outbox) in one transaction, the row locked meanwhile. */
@ApplicationScoped
public class CommentaryPublisher {

    private final Db db;
    private final Outbox outbox;

    public CommentaryPublisher(Db db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    /** The published commentary; empty when there is no such commentary. */
    public Optional<Commentary> publish(PublishCommentary command) {
        Optional<Commentary> published = db.inTransaction(h -> {
            if (CommentaryRows.lockState(h, command.commentaryId()).isEmpty()) {
                return Optional.<Commentary>empty();
            }
            CommentaryPublished event = CommentaryPublicationDecision.decide(command,
                    CommentaryRows.load(h, command.commentaryId()).orElseThrow());
            h.createUpdate("""
                            UPDATE commentary SET state = 'PUBLISHED', published_by = :by, published_at = :at,
                                   updated_at = :at
                             WHERE commentary_id = :id""")
                    .bind("by", command.actor().id()).bind("at", command.at()).bind("id", command.commentaryId())
                    .execute();
            outbox.add(h, command.commentaryId(), command.actor(), command.at(), event);
            return CommentaryRows.load(h, command.commentaryId());
        });
        published.ifPresent(c -> outbox.flushSoon());
        return published;
    }
}
