package cn.kaoping.publicity.query.lists;

import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.OfficerEntry;
import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The monthly lists as they are read (P1, P2): live (computed from the projection now) or a published version.
 * A version that does not exist is empty. Scopes are plain filters ({@code null}: no limit), as
 * {@code AccessScope} gives them: a unit, or one officer's own line.
 */
@ApplicationScoped
public class MonthlyListQueries {

    private final Db db;
    private final LiveLists live;

    public MonthlyListQueries(Db db, LiveLists live) {
        this.db = db;
        this.live = live;
    }

    /** The whole live list. */
    public MonthlyList live(YearMonth month) {
        return db.withHandle(h -> live.compute(h, month));
    }

    /** A whole published version. */
    public Optional<MonthlyList> version(YearMonth month, int version) {
        return db.withHandle(h -> PublishedLists.find(h, month, version));
    }

    /** The latest published version, whole. */
    public Optional<MonthlyList> latestPublished(YearMonth month) {
        return db.inTransaction(h -> PublishedLists.latestVersion(h, month).flatMap(v -> PublishedLists.find(h, month, v)));
    }

    public Optional<Integer> latestVersion(YearMonth month) {
        return db.withHandle(h -> PublishedLists.latestVersion(h, month));
    }

    public List<VersionInfo> versions(YearMonth month) {
        return db.withHandle(h -> PublishedLists.versions(h, month));
    }

    /**
     * The live list ({@code version} null) or a version, within a scope, whole (the export).
     */
    public Optional<MonthlyList> whole(YearMonth month, Integer version, String unitId, String officerId) {
        return slice(month, version, unitId, officerId, 0, Integer.MAX_VALUE).map(ListSlice::list);
    }

    /**
     * One page of the officers of a scope, with the scope's units. A published version pages in SQL; the live list
     * is computed whole (see {@link LiveLists}) and the page cut from it.
     */
    public Optional<ListSlice> slice(YearMonth month, Integer version, String unitId, String officerId, int offset,
                                     int limit) {
        if (version != null) {
            return db.withHandle(h -> PublishedLists.slice(h, month, version, unitId, officerId, false, offset, limit));
        }
        MonthlyList scoped = live(month).within(unitId, officerId);
        return Optional.of(new ListSlice(scoped.withOfficers(cut(scoped.officers(), offset, limit)),
                scoped.officers().size(), scoped.redCards().size()));
    }

    /**
     * One page of the red-carded officers of a version, or of the latest version when {@code version} is null,
     * else of the live list (computed whole, see {@link LiveLists}). Empty when the given version does not exist.
     */
    public Optional<ListSlice> redCards(YearMonth month, Integer version, int offset, int limit) {
        return db.inTransaction(h -> {
            Optional<Integer> shown = version != null ? Optional.of(version) : PublishedLists.latestVersion(h, month);
            if (shown.isPresent()) {
                return PublishedLists.slice(h, month, shown.get(), null, null, true, offset, limit);
            }
            MonthlyList list = live.compute(h, month);
            List<OfficerEntry> redCards = list.redCards();
            return Optional.of(new ListSlice(list.withOfficers(cut(redCards, offset, limit)), redCards.size(),
                    redCards.size()));
        });
    }

    private static <T> List<T> cut(List<T> all, int offset, int limit) {
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList(offset, (int) Math.min(all.size(), (long) offset + limit));
    }
}
