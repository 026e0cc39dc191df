package cn.kaoping.supervision.tracking;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.supervision.TrackingKind;
import cn.kaoping.contracts.supervision.TrackingReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The tracking items' tables: the service's own decisions, which a rebuild of the projection never clears. */
@ApplicationScoped
public class TrackingItems {

    static final String COLUMNS = "item_id, kind, reason, officer_id, unit_id, case_file_id, case_number, period, due_on, state";

    public Optional<TrackingItem> lock(Handle h, String itemId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM tracking_item WHERE item_id = :id FOR UPDATE")
                .bind("id", itemId).map(TrackingItems::row).findOne();
    }

    /** The live (open or overdue) items of a subject and reason: at most one by the rule of S1. */
    public Optional<TrackingItem> live(Handle h, TrackingKind kind, TrackingReason reason, String officerId,
                                       String caseFileId) {
        boolean person = kind == TrackingKind.KEY_PERSON;
        return h.createQuery("SELECT " + COLUMNS + " FROM tracking_item WHERE kind = :kind AND reason = :reason"
                        + " AND state <> 'RESOLVED' AND " + (person ? "officer_id = :subject" : "case_file_id = :subject")
                        + " LIMIT 1")
                .bind("kind", kind.name()).bind("reason", reason.name())
                .bind("subject", person ? officerId : caseFileId).map(TrackingItems::row).findOne();
    }

    /** Live key-file items of a file. */
    public List<TrackingItem> liveOfFile(Handle h, String caseFileId) {
        return h.createQuery("SELECT " + COLUMNS + " " + """
                         FROM tracking_item WHERE kind = 'KEY_FILE' AND case_file_id = :file AND state <> 'RESOLVED'
                         ORDER BY item_id FOR UPDATE""")
                .bind("file", caseFileId).map(TrackingItems::row).list();
    }

    /** Live key-person items of an officer. */
    public List<TrackingItem> livePersonItems(Handle h, String officerId) {
        return h.createQuery("SELECT " + COLUMNS + " " + """
                         FROM tracking_item WHERE kind = 'KEY_PERSON' AND officer_id = :officer AND state <> 'RESOLVED'
                         ORDER BY item_id FOR UPDATE""")
                .bind("officer", officerId).map(TrackingItems::row).list();
    }

    public int liveFileItemsOf(Handle h, String officerId) {
        return h.createQuery("""
                        SELECT count(*) FROM tracking_item
                         WHERE kind = 'KEY_FILE' AND officer_id = :officer AND state <> 'RESOLVED'""")
                .bind("officer", officerId).mapTo(Integer.class).one();
    }

    public void insert(Handle h, TrackingItem item, Instant at, String openedBy) {
        h.createUpdate("""
                        INSERT INTO tracking_item (item_id, kind, reason, officer_id, unit_id, case_file_id, case_number,
                                                   period, due_on, state, opened_at, opened_by)
                        VALUES (:id, :kind, :reason, :officer, :unit, :file, :number, :period, :due, :state, :at, :by)""")
                .bind("id", item.itemId()).bind("kind", item.kind().name()).bind("reason", item.reason().name())
                .bind("officer", item.officerId()).bind("unit", item.unitId()).bind("file", item.caseFileId())
                .bind("number", item.caseNumber()).bind("period", item.period()).bind("due", item.dueOn())
                .bind("state", item.state().name()).bind("at", at).bind("by", openedBy)
                .execute();
    }

    public void update(Handle h, String itemId, TrackingState state, LocalDate dueOn) {
        h.createUpdate("UPDATE tracking_item SET state = :state, due_on = :due WHERE item_id = :id")
                .bind("state", state.name()).bind("due", dueOn).bind("id", itemId).execute();
    }

    /**
     * Adds a line to the item's history. With a source event id the line is written at most once (a
     * redelivered or replayed event finds it): returns whether it was written.
     */
    public boolean history(Handle h, String itemId, Instant at, String type, Actor actor, String note, LocalDate dueOn,
                           String sourceEventId) {
        return h.createUpdate("""
                        INSERT INTO tracking_history (item_id, at, type, actor_id, actor_name, note, due_on, source_event_id)
                        VALUES (:id, :at, :type, :actor, :name, :note, :due, :source) ON CONFLICT (source_event_id) DO NOTHING""")
                .bind("id", itemId).bind("at", at).bind("type", type).bind("actor", actor.id())
                .bind("name", actor.name()).bind("note", note).bind("due", dueOn).bind("source", sourceEventId)
                .execute() == 1;
    }

    static TrackingItem row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new TrackingItem(rs.getString("item_id"), TrackingKind.valueOf(rs.getString("kind")),
                TrackingReason.valueOf(rs.getString("reason")), rs.getString("officer_id"), rs.getString("unit_id"),
                rs.getString("case_file_id"), rs.getString("case_number"), rs.getString("period"),
                rs.getObject("due_on", LocalDate.class), TrackingState.valueOf(rs.getString("state")));
    }
}
