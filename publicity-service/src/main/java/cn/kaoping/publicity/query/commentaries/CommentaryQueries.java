package cn.kaoping.publicity.query.commentaries;

import cn.kaoping.publicity.commentary.Commentary;
import cn.kaoping.publicity.commentary.CommentaryRows;
import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Commentaries as they are read (P4): drafts for reviewers, published ones for everyone, and their count. */
@ApplicationScoped
public class CommentaryQueries {

    private final Db db;

    public CommentaryQueries(Db db) {
        this.db = db;
    }

    public Optional<Commentary> find(String id) {
        return db.withHandle(h -> CommentaryRows.load(h, id));
    }

    public long count(boolean includeDrafts) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM commentary WHERE :drafts OR state = 'PUBLISHED'")
                .bind("drafts", includeDrafts).mapTo(Long.class).one());
    }

    /** How many commentaries are published in all (P4: counted). */
    public long published() {
        return count(false);
    }

    /** Drafts first, then the newest publications. */
    public List<Commentary> list(boolean includeDrafts, int offset, int limit) {
        return db.withHandle(h -> h.createQuery(CommentaryRows.SELECT + " WHERE :drafts OR c.state = 'PUBLISHED'"
                        + " ORDER BY (c.state = 'DRAFT') DESC, c.published_at DESC NULLS FIRST, c.created_at DESC"
                        + " LIMIT :limit OFFSET :offset")
                .bind("drafts", includeDrafts).bind("limit", limit).bind("offset", offset)
                .map(CommentaryRows::map).list());
    }

    public List<Commentary> publishedFor(YearMonth month) {
        return db.withHandle(h -> h.createQuery(CommentaryRows.SELECT + " WHERE c.month = :month AND c.state = 'PUBLISHED'"
                        + " ORDER BY c.published_at")
                .bind("month", month).map(CommentaryRows::map).list());
    }
}
