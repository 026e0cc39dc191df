package cn.kaoping.publicity.query.bulletins;

import cn.kaoping.publicity.bulletin.Bulletin;
import cn.kaoping.publicity.bulletin.BulletinRows;
import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Bulletins as they are read (P3): drafts are the brigade's work in progress, others see published ones only. */
@ApplicationScoped
public class BulletinQueries {

    private static final String WHERE =
            " WHERE (:drafts OR state = 'PUBLISHED') AND (cast(:year as int) IS NULL OR year = cast(:year as int))";

    private final Db db;

    public BulletinQueries(Db db) {
        this.db = db;
    }

    public Optional<Bulletin> find(String id) {
        return db.withHandle(h -> BulletinRows.load(h, id));
    }

    /** How many bulletins {@link #list} pages through. */
    public long count(boolean includeDrafts, Integer year) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM bulletin" + WHERE)
                .bind("drafts", includeDrafts).bind("year", year).mapTo(Long.class).one());
    }

    /** Drafts first, then the newest issues. */
    public List<Bulletin> list(boolean includeDrafts, Integer year, int offset, int limit) {
        return db.withHandle(h -> h.createQuery("SELECT " + BulletinRows.COLUMNS + " FROM bulletin" + WHERE
                        + " ORDER BY (state = 'DRAFT') DESC, year DESC NULLS FIRST, issue_number DESC, created_at DESC"
                        + " LIMIT :limit OFFSET :offset")
                .bind("drafts", includeDrafts).bind("year", year).bind("limit", limit).bind("offset", offset)
                .map(BulletinRows::map).list());
    }

    /** Published bulletins drafted for a month, by issue. */
    public List<Bulletin> publishedFor(YearMonth month) {
        return db.withHandle(h -> h.createQuery("SELECT " + BulletinRows.COLUMNS + " FROM bulletin"
                        + " WHERE month = :month AND state = 'PUBLISHED' ORDER BY year, issue_number")
                .bind("month", month).map(BulletinRows::map).list());
    }
}
