package cn.kaoping.publicity.bulletin;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.publicity.BulletinPublished;
import cn.kaoping.publicity.config.PublicityConfig;
import cn.kaoping.publicity.db.Database;
import cn.kaoping.publicity.db.Sql;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import cn.kaoping.web.problem.ConflictException;
import cn.kaoping.web.problem.NotFoundException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bulletins (P3): drafting, editing, publishing with the next issue number of the year. */
@ApplicationScoped
public class Bulletins {

    private static final TypeReference<List<BulletinUnit>> UNITS = new TypeReference<>() {
    };
    private static final String COLUMNS = "bulletin_id, month, title, body, units_json, state, year, issue_number,"
            + " created_by, created_at, updated_at, published_by, published_at";

    private final Database database;
    private final BulletinDrafter drafter;
    private final Outbox outbox;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    public Bulletins(Database database, BulletinDrafter drafter, Outbox outbox, PublicityConfig config) {
        this.database = database;
        this.drafter = drafter;
        this.outbox = outbox;
        this.zone = config.zone();
    }

    /** A draft naming the month's units above the thresholds; 409 when no unit is. */
    public Bulletin draft(YearMonth month, String title, Actor actor) {
        return database.inTransaction(c -> {
            List<BulletinUnit> units = drafter.unitsToName(c, month);
            if (units.isEmpty()) {
                throw new ConflictException("NO_UNIT_ABOVE_THRESHOLDS", "bulletin.noUnitAboveThresholds",
                        month.toString());
            }
            String id = UUID.randomUUID().toString();
            Instant now = now();
            Sql.update(c, """
                    INSERT INTO bulletin (bulletin_id, month, title, body, units_json, state, created_by, created_at,
                                          updated_at)
                    VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)""",
                    id, month, title == null || title.isBlank() ? drafter.title(month) : title.strip(),
                    drafter.body(month, units), Json.write(units), actor.id(), now, now);
            return load(c, id).orElseThrow();
        });
    }

    /** Edits a draft's title and text; 404 unknown, 409 once published. */
    public Bulletin edit(String id, String title, String body) {
        return database.inTransaction(c -> {
            Bulletin bulletin = lockDraft(c, id);
            Sql.update(c, "UPDATE bulletin SET title = ?, body = ?, updated_at = ? WHERE bulletin_id = ?",
                    title.strip(), body, now(), bulletin.bulletinId());
            return load(c, id).orElseThrow();
        });
    }

    /**
     * Publishes a draft as the next issue of the current year. The counter row of the year is locked by the
     * upsert until the transaction ends, so concurrent publications get consecutive, distinct numbers.
     */
    public Bulletin publish(String id, Actor actor) {
        Bulletin published = database.inTransaction(c -> {
            lockDraft(c, id);
            Instant now = now();
            int year = now.atZone(zone).getYear();
            int number = Sql.one(c, """
                    INSERT INTO bulletin_issue_counter (year, last_number) VALUES (?, 1)
                    ON CONFLICT (year) DO UPDATE SET last_number = bulletin_issue_counter.last_number + 1
                    RETURNING last_number""", row -> row.getInt(1), year).orElseThrow();
            Sql.update(c, """
                    UPDATE bulletin SET state = 'PUBLISHED', year = ?, issue_number = ?, published_by = ?,
                           published_at = ?, updated_at = ?
                     WHERE bulletin_id = ?""", year, number, actor.id(), now, now, id);
            Bulletin bulletin = load(c, id).orElseThrow();
            outbox.add(Db.onConnection(c), id, actor, now, new BulletinPublished(id, year, number, bulletin.title()));
            return bulletin;
        });
        outbox.flushSoon();
        return published;
    }

    public Optional<Bulletin> find(String id) {
        return database.inTransaction(c -> load(c, id));
    }

    /**
     * @param includeDrafts drafts are the brigade's work in progress; others see published bulletins only
     */
    public Page list(boolean includeDrafts, Integer year, int page, int size) {
        return database.inTransaction(c -> {
            String where = " WHERE (? OR state = 'PUBLISHED') AND (?::int IS NULL OR year = ?::int)";
            long total = Sql.one(c, "SELECT count(*) FROM bulletin" + where, row -> row.getLong(1),
                    includeDrafts, year, year).orElse(0L);
            List<Bulletin> items = Sql.list(c, "SELECT " + COLUMNS + " FROM bulletin" + where
                            + " ORDER BY (state = 'DRAFT') DESC, year DESC NULLS FIRST, issue_number DESC, created_at DESC"
                            + " LIMIT ? OFFSET ?",
                    Bulletins::map, includeDrafts, year, year, size, (long) page * size);
            return new Page(items, page, size, total);
        });
    }

    /** Published bulletins drafted for a month, by issue. */
    public List<Bulletin> publishedFor(YearMonth month) {
        return database.inTransaction(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM bulletin"
                + " WHERE month = ? AND state = 'PUBLISHED' ORDER BY year, issue_number", Bulletins::map, month));
    }

    public record Page(List<Bulletin> items, int page, int size, long total) {
    }

    private Bulletin lockDraft(Connection c, String id) throws SQLException {
        Bulletin bulletin = Sql.one(c, "SELECT " + COLUMNS + " FROM bulletin WHERE bulletin_id = ? FOR UPDATE",
                Bulletins::map, id).orElseThrow(() -> new NotFoundException("bulletin.notFound", id));
        if (bulletin.isPublished()) {
            throw new ConflictException("BULLETIN_PUBLISHED", "bulletin.published", bulletin.issueLabel());
        }
        return bulletin;
    }

    private static Optional<Bulletin> load(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM bulletin WHERE bulletin_id = ?", Bulletins::map, id);
    }

    private static Bulletin map(ResultSet row) throws SQLException {
        List<BulletinUnit> units;
        try {
            units = Json.mapper().readValue(row.getString("units_json"), UNITS);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable units_json of bulletin " + row.getString("bulletin_id"), e);
        }
        return new Bulletin(row.getString("bulletin_id"), YearMonth.parse(row.getString("month")),
                row.getString("title"), row.getString("body"), row.getString("state"), Sql.integer(row, "year"),
                Sql.integer(row, "issue_number"), units, row.getString("created_by"), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"), row.getString("published_by"), Sql.instant(row, "published_at"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
