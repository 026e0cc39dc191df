package cn.kaoping.publicity.commentary;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.publicity.CommentaryPublished;
import cn.kaoping.publicity.db.Database;
import cn.kaoping.publicity.db.Sql;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import cn.kaoping.web.problem.ConflictException;
import cn.kaoping.web.problem.NotFoundException;
import cn.kaoping.web.problem.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Case commentaries (P4): written for a file the projection knows, edited as drafts, published, counted. */
@ApplicationScoped
public class Commentaries {

    private static final String SELECT = """
            SELECT c.commentary_id, c.case_file_id, f.case_number, f.unit_id, u.name AS unit_name,
                   f.primary_officer_id, o.name AS officer_name, f.total_deduction, c.month, c.title, c.body, c.state,
                   c.created_by, c.created_at, c.updated_at, c.published_by, c.published_at
              FROM commentary c
              LEFT JOIN case_file f ON f.case_file_id = c.case_file_id
              LEFT JOIN unit_directory u ON u.unit_id = f.unit_id
              LEFT JOIN officer_directory o ON o.officer_id = f.primary_officer_id
            """;

    private final Database database;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public Commentaries(Database database, Outbox outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    /** 400 (field caseFileId) when the projection does not know the file. */
    public Commentary create(String caseFileId, String title, String body, Actor actor) {
        return database.inTransaction(c -> {
            Optional<Optional<String>> month = Sql.one(c,
                    "SELECT evaluation_month FROM case_file WHERE case_file_id = ?",
                    row -> Optional.ofNullable(row.getString(1)), caseFileId);
            if (month.isEmpty()) {
                throw ValidationException.field("caseFileId", "commentary.unknownCaseFile", caseFileId);
            }
            String id = UUID.randomUUID().toString();
            Instant now = now();
            Sql.update(c, """
                    INSERT INTO commentary (commentary_id, case_file_id, month, title, body, state, created_by,
                                            created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)""",
                    id, caseFileId, month.get().orElse(null), title.strip(), body, actor.id(), now, now);
            return load(c, id).orElseThrow();
        });
    }

    public Commentary edit(String id, String title, String body) {
        return database.inTransaction(c -> {
            lockDraft(c, id);
            Sql.update(c, "UPDATE commentary SET title = ?, body = ?, updated_at = ? WHERE commentary_id = ?",
                    title.strip(), body, now(), id);
            return load(c, id).orElseThrow();
        });
    }

    public Commentary publish(String id, Actor actor) {
        Commentary published = database.inTransaction(c -> {
            lockDraft(c, id);
            Instant now = now();
            Sql.update(c, """
                    UPDATE commentary SET state = 'PUBLISHED', published_by = ?, published_at = ?, updated_at = ?
                     WHERE commentary_id = ?""", actor.id(), now, now, id);
            Commentary commentary = load(c, id).orElseThrow();
            outbox.add(Db.onConnection(c), id, actor, now, new CommentaryPublished(id, commentary.caseFileId(), commentary.title()));
            return commentary;
        });
        outbox.flushSoon();
        return published;
    }

    public Optional<Commentary> find(String id) {
        return database.inTransaction(c -> load(c, id));
    }

    public Page list(boolean includeDrafts, int page, int size) {
        return database.inTransaction(c -> {
            long total = Sql.one(c, "SELECT count(*) FROM commentary WHERE ? OR state = 'PUBLISHED'",
                    row -> row.getLong(1), includeDrafts).orElse(0L);
            long published = Sql.one(c, "SELECT count(*) FROM commentary WHERE state = 'PUBLISHED'",
                    row -> row.getLong(1)).orElse(0L);
            List<Commentary> items = Sql.list(c, SELECT + " WHERE ? OR c.state = 'PUBLISHED'"
                            + " ORDER BY (c.state = 'DRAFT') DESC, c.published_at DESC NULLS FIRST, c.created_at DESC"
                            + " LIMIT ? OFFSET ?",
                    Commentaries::map, includeDrafts, size, (long) page * size);
            return new Page(items, page, size, total, published);
        });
    }

    public List<Commentary> publishedFor(YearMonth month) {
        return database.inTransaction(c -> Sql.list(c, SELECT + " WHERE c.month = ? AND c.state = 'PUBLISHED'"
                + " ORDER BY c.published_at", Commentaries::map, month));
    }

    /** @param published how many commentaries are published in all (P4: counted) */
    public record Page(List<Commentary> items, int page, int size, long total, long published) {
    }

    private static void lockDraft(Connection c, String id) throws SQLException {
        String state = Sql.one(c, "SELECT state FROM commentary WHERE commentary_id = ? FOR UPDATE",
                row -> row.getString(1), id).orElseThrow(() -> new NotFoundException("commentary.notFound", id));
        if (Commentary.PUBLISHED.equals(state)) {
            throw new ConflictException("COMMENTARY_PUBLISHED", "commentary.published", id);
        }
    }

    private static Optional<Commentary> load(Connection c, String id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE c.commentary_id = ?", Commentaries::map, id);
    }

    private static Commentary map(ResultSet row) throws SQLException {
        String month = row.getString("month");
        return new Commentary(row.getString("commentary_id"), row.getString("case_file_id"),
                row.getString("case_number"), row.getString("unit_id"), row.getString("unit_name"),
                row.getString("primary_officer_id"), row.getString("officer_name"), row.getBigDecimal("total_deduction"),
                month == null ? null : YearMonth.parse(month), row.getString("title"), row.getString("body"),
                row.getString("state"), row.getString("created_by"), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"), row.getString("published_by"), Sql.instant(row, "published_at"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
