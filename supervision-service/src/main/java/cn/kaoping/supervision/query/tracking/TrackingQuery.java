package cn.kaoping.supervision.query.tracking;

import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read side of tracking items (S1): lists by state, unit and officer, one item with its history. */
@ApplicationScoped
public class TrackingQuery {

    private final Db db;

    TrackingQuery(Db db) {
        this.db = db;
    }

    public record HistoryLine(Instant at, String type, String actorId, String actorName, String note, LocalDate dueOn) {
    }

    public record ItemView(String id, String kind, String reason, String officerId, String officerName, String unitId,
                           String unitName, String caseFileId, String caseNumber, String period, LocalDate dueOn,
                           String state, Instant openedAt, List<HistoryLine> history) {
    }

    /** A case file as the evaluation stream described it (for opening an item by hand). */
    public record KnownFile(String caseFileId, String caseNumber, String unitId, String officerId,
                            LocalDate rectificationDueOn, boolean closed) {
    }

    /** Filters: null means any; {@code unitId}/{@code officerId} already narrowed to the caller's scope. */
    public record Filter(String state, String unitId, String officerId) {
    }

    private static final String SELECT = """
            SELECT t.item_id, t.kind, t.reason, t.officer_id, o.name AS officer_name, t.unit_id, u.name AS unit_name,
                   t.case_file_id, t.case_number, t.period, t.due_on, t.state, t.opened_at
              FROM tracking_item t
              LEFT JOIN officer_directory o ON o.officer_id = t.officer_id
              LEFT JOIN unit_directory u ON u.unit_id = t.unit_id
            """;
    private static final String WHERE = """
             WHERE (CAST(:state AS text) IS NULL OR t.state = :state)
               AND (CAST(:unit AS text) IS NULL OR t.unit_id = :unit)
               AND (CAST(:officer AS text) IS NULL OR t.officer_id = :officer)
            """;

    public List<ItemView> list(Filter filter, int offset, int limit) {
        return db.withHandle(h -> {
            List<ItemView> items = h.createQuery(SELECT + WHERE + " ORDER BY t.opened_at DESC, t.item_id LIMIT :limit OFFSET :offset")
                    .bind("state", filter.state()).bind("unit", filter.unitId()).bind("officer", filter.officerId())
                    .bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> row(rs, List.of())).list();
            return withHistory(h, items);
        });
    }

    public long count(Filter filter) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM tracking_item t" + WHERE)
                .bind("state", filter.state()).bind("unit", filter.unitId()).bind("officer", filter.officerId())
                .mapTo(Long.class).one());
    }

    public Optional<ItemView> find(String itemId) {
        return db.withHandle(h -> h.createQuery(SELECT + " WHERE t.item_id = :id").bind("id", itemId)
                .map((rs, ctx) -> row(rs, List.of())).findOne()
                .map(item -> withHistory(h, List.of(item)).get(0)));
    }

    public Optional<KnownFile> file(String caseFileId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT case_file_id, case_number, unit_id, officer_id, rectification_due_on, closed
                          FROM sv_case_file WHERE case_file_id = :id""")
                .bind("id", caseFileId)
                .map((rs, ctx) -> new KnownFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getBoolean(6)))
                .findOne());
    }

    private static List<ItemView> withHistory(org.jdbi.v3.core.Handle h, List<ItemView> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<String, List<HistoryLine>> lines = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT item_id, at, type, actor_id, actor_name, note, due_on FROM tracking_history
                         WHERE item_id = ANY (:ids) ORDER BY item_id, seq""")
                .bindArray("ids", String.class, items.stream().map(ItemView::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getString("item_id"), new HistoryLine(
                        rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("type"),
                        rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("note"),
                        rs.getObject("due_on", LocalDate.class))))
                .forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return items.stream().map(i -> new ItemView(i.id(), i.kind(), i.reason(), i.officerId(), i.officerName(),
                i.unitId(), i.unitName(), i.caseFileId(), i.caseNumber(), i.period(), i.dueOn(), i.state(), i.openedAt(),
                lines.getOrDefault(i.id(), List.of()))).toList();
    }

    private static ItemView row(java.sql.ResultSet rs, List<HistoryLine> history) throws java.sql.SQLException {
        return new ItemView(rs.getString("item_id"), rs.getString("kind"), rs.getString("reason"),
                rs.getString("officer_id"), rs.getString("officer_name"), rs.getString("unit_id"),
                rs.getString("unit_name"), rs.getString("case_file_id"), rs.getString("case_number"),
                rs.getString("period"), rs.getObject("due_on", LocalDate.class), rs.getString("state"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(), history);
    }
}
