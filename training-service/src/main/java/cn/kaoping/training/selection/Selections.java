package cn.kaoping.training.selection;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.training.SelectionConfirmed;
import cn.kaoping.domain.DomainException;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.directory.Directory;
import cn.kaoping.runtime.outbox.Outbox;
import cn.kaoping.domain.Period;
import cn.kaoping.training.Periods;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.query.evaluation.Candidates;
import cn.kaoping.training.selection.choosing.ChoiceDecision;
import cn.kaoping.training.selection.choosing.ChooseFiles;
import cn.kaoping.training.selection.confirming.ConfirmationDecision;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The use cases of 十佳十差 (T2): open a period's selection, the panel's choice, confirmation. */
@ApplicationScoped
public class Selections {

    private static final String COLUMNS = """
            id, period, period_start, period_end, size, state, best, worst, panel_ids, notes, confirmed, created_by,
            created_at, updated_by, updated_at, confirmed_by, confirmed_at""";

    private final Db db;
    private final Directory directory;
    private final Outbox outbox;

    Selections(Db db, Directory directory, Outbox outbox) {
        this.db = db;
        this.directory = directory;
        this.outbox = outbox;
    }

    /** One selection per period: a second one is a 409 naming the first. */
    public Selection open(String id, Period period, int size, int maxSize, String actorId, Instant at) {
        if (size < 1 || size > maxSize) {
            throw DomainException.invalidField(TrainingError.SIZE_OUT_OF_RANGE, "size", size, maxSize);
        }
        return db.inTransaction(tx -> {
            Optional<String> existing = tx.createQuery("SELECT id FROM selection WHERE period = :p")
                    .bind("p", period.text()).mapTo(String.class).findOne();
            if (existing.isPresent()) {
                throw DomainException.conflict(TrainingError.SELECTION_EXISTS, period.text(), existing.get());
            }
            tx.createUpdate("""
                            INSERT INTO selection (id, period, period_start, period_end, size, state, best, worst,
                                                   panel_ids, created_by, created_at, updated_by, updated_at)
                            VALUES (:id, :period, :start, :end, :size, 'DRAFT', '{}', '{}', '{}', :by, :at, :by, :at)""")
                    .bind("id", id).bind("period", period.text()).bind("start", period.firstDay())
                    .bind("end", period.lastDay()).bind("size", size).bind("by", actorId).bind("at", at)
                    .execute();
            return find(tx, id).orElseThrow();
        });
    }

    public Selection choose(ChooseFiles c) {
        return db.inTransaction(tx -> {
            Selection s = lock(tx, c.selectionId());
            List<Candidate> files = Candidates.of(tx, Periods.selection("period", s.period()));
            ChoiceDecision.check(c, s.state(), s.period(), s.size(), files, known(c.panelIds()));
            tx.createUpdate("""
                            UPDATE selection SET best = :best, worst = :worst, panel_ids = :panel, notes = :notes,
                                   updated_by = :by, updated_at = :at WHERE id = :id""")
                    .bindArray("best", String.class, c.best()).bindArray("worst", String.class, c.worst())
                    .bindArray("panel", String.class, c.panelIds()).bind("notes", c.notes())
                    .bind("by", c.actorId()).bind("at", c.at()).bind("id", c.selectionId())
                    .execute();
            return find(tx, c.selectionId()).orElseThrow();
        });
    }

    /** Freezes the choice and publishes SelectionConfirmed (subject: the selection id) in the same transaction. */
    public Selection confirm(String id, Actor actor, Instant at) {
        Selection confirmed = db.inTransaction(tx -> {
            Selection s = lock(tx, id);
            List<Candidate> files = Candidates.of(tx, Periods.selection("period", s.period()));
            SelectionConfirmed event = ConfirmationDecision.decide(s, files, known(s.panelIds()));
            tx.createUpdate("""
                            UPDATE selection SET state = 'CONFIRMED', confirmed = CAST(:confirmed AS jsonb),
                                   confirmed_by = :by, confirmed_at = :at, updated_by = :by, updated_at = :at
                             WHERE id = :id""")
                    .bind("confirmed", Db.json(event)).bind("by", actor.id()).bind("at", at).bind("id", id)
                    .execute();
            outbox.add(tx, id, actor, at, event);
            return find(tx, id).orElseThrow();
        });
        outbox.flushSoon();
        return confirmed;
    }

    /** The period's candidates as they stand (a confirmed selection shows its frozen lists beside them). */
    public List<Candidate> candidates(Selection s) {
        return db.withHandle(h -> Candidates.of(h, Periods.selection("period", s.period())));
    }

    public Optional<Selection> find(String id) {
        return db.withHandle(h -> find(h, id));
    }

    private Set<String> known(List<String> officerIds) {
        return directory.officers(officerIds.stream().filter(o -> o != null).toList()).keySet();
    }

    private static Optional<Selection> find(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM selection WHERE id = :id").bind("id", id)
                .map(Selections::row).findOne();
    }

    private static Selection lock(Handle tx, String id) {
        return tx.createQuery("SELECT " + COLUMNS + " FROM selection WHERE id = :id FOR UPDATE").bind("id", id)
                .map(Selections::row).findOne()
                .orElseThrow(() -> DomainException.notFound(TrainingError.SELECTION_NOT_FOUND, id));
    }

    private static Selection row(ResultSet row, StatementContext ctx) throws SQLException {
        String confirmedJson = row.getString("confirmed");
        SelectionConfirmed confirmed;
        try {
            confirmed = confirmedJson == null ? null : Json.mapper().readValue(confirmedJson, SelectionConfirmed.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("confirmed selection " + row.getString("id") + " is not readable", e);
        }
        return new Selection(row.getString("id"), row.getString("period"), row.getObject("period_start", LocalDate.class),
                row.getObject("period_end", LocalDate.class), row.getInt("size"),
                SelectionState.valueOf(row.getString("state")), strings(row, "best"), strings(row, "worst"),
                strings(row, "panel_ids"), row.getString("notes"), confirmed, row.getString("created_by"),
                instant(row, "created_at"), row.getString("updated_by"), instant(row, "updated_at"),
                row.getString("confirmed_by"), instant(row, "confirmed_at"));
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        java.sql.Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime t = row.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
