package cn.kaoping.publicity.bulletin.publishing;

import cn.kaoping.publicity.bulletin.Bulletin;
import cn.kaoping.publicity.bulletin.BulletinRows;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Publishes a bulletin. The draft's row, then the counter row of the year, are locked until the transaction ends,
 * so concurrent publications get consecutive, distinct numbers; BulletinPublished goes into the outbox in the same
 * transaction.
 */
@ApplicationScoped
public class BulletinPublisher {

    private final Db db;
    private final Outbox outbox;

    public BulletinPublisher(Db db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    /** The published bulletin; empty when there is no such bulletin. */
    public Optional<Bulletin> publish(PublishBulletin command) {
        Optional<Bulletin> published = db.inTransaction(h -> {
            Optional<Bulletin> draft = BulletinRows.lock(h, command.bulletinId());
            if (draft.isEmpty()) {
                return Optional.<Bulletin>empty();
            }
            int last = h.createQuery("""
                            INSERT INTO bulletin_issue_counter (year, last_number) VALUES (:year, 0)
                            ON CONFLICT (year) DO UPDATE SET last_number = bulletin_issue_counter.last_number
                            RETURNING last_number""")
                    .bind("year", command.year()).mapTo(Integer.class).one();
            BulletinPublicationDecision.Issue issue = BulletinPublicationDecision.decide(command, draft.get(), last);
            h.createUpdate("UPDATE bulletin_issue_counter SET last_number = :number WHERE year = :year")
                    .bind("number", issue.number()).bind("year", issue.year()).execute();
            h.createUpdate("""
                            UPDATE bulletin SET state = 'PUBLISHED', year = :year, issue_number = :number,
                                   published_by = :by, published_at = :at, updated_at = :at
                             WHERE bulletin_id = :id""")
                    .bind("year", issue.year()).bind("number", issue.number()).bind("by", command.actor().id())
                    .bind("at", command.at()).bind("id", command.bulletinId())
                    .execute();
            outbox.add(h, command.bulletinId(), command.actor(), command.at(), issue.event());
            return BulletinRows.load(h, command.bulletinId());
        });
        published.ifPresent(b -> outbox.flushSoon());
        return published;
    }
}
