package cn.kaoping.evaluation.query.casefiles;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.evaluation.casefile.CaseFileState;
import cn.kaoping.runtime.db.Db;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@code case_files}, their cards and their history. */
@Singleton
public class CaseFilesQuery {

    private static final String SELECT_VIEW = """
            select f.*, u.name as unit_name, o.name as primary_officer_name
              from case_files f
              left join units u on u.unit_id = f.unit_id
              left join officers o on o.officer_id = f.primary_officer_id
            """;
    private static final TypeReference<List<ProcessPenalty>> PENALTIES = new TypeReference<>() {
    };

    private final Db db;

    CaseFilesQuery(Db db) {
        this.db = db;
    }

    public Optional<CaseFileView> find(String caseFileId) {
        return db.withHandle(handle -> handle.createQuery(SELECT_VIEW + " where f.case_file_id = :caseFileId")
                .bind("caseFileId", caseFileId)
                .map(CaseFilesQuery::view)
                .findOne());
    }

    public boolean caseNumberTaken(String caseNumber) {
        return db.withHandle(handle -> handle.createQuery(
                        "select exists (select 1 from case_files where case_number = :caseNumber)")
                .bind("caseNumber", caseNumber)
                .mapTo(Boolean.class)
                .one());
    }

    /**
     * The files matching the filter, the latest registered first. What the caller may see is already in the
     * filter: its unit and officer are those of the caller's access scope, narrowed by the request.
     */
    public List<CaseFileView> search(CaseFileFilter filter, long offset, int limit) {
        Where where = where(filter);
        return db.withHandle(handle -> handle.createQuery(SELECT_VIEW + where.sql
                        + " order by f.registered_at desc, f.case_file_id offset :offset limit :limit")
                .bindMap(where.parameters)
                .bind("offset", offset)
                .bind("limit", limit)
                .map(CaseFilesQuery::view)
                .list());
    }

    public long count(CaseFileFilter filter) {
        Where where = where(filter);
        return db.withHandle(handle -> handle.createQuery("select count(*) from case_files f" + where.sql)
                .bindMap(where.parameters)
                .mapTo(Long.class)
                .one());
    }

    /**
     * The file's events in order, with the actor's name where the actor is a registered officer.
     *
     * @param english the summaries in English (else Chinese; rows from before English was kept stay Chinese)
     */
    public List<HistoryEntry> history(String caseFileId, boolean english) {
        return db.withHandle(handle -> handle.createQuery("""
                        select h.sequence_number, h.event_type, h.occurred_at, h.actor_id,
                               coalesce(case when :english then h.summary_en end, h.summary) as summary,
                               o.name as actor_name
                          from case_file_history h
                          left join officers o on o.officer_id = h.actor_id
                         where h.case_file_id = :caseFileId order by h.sequence_number""")
                .bind("caseFileId", caseFileId)
                .bind("english", english)
                .map((row, context) -> new HistoryEntry(row.getLong("sequence_number"), row.getString("event_type"),
                        instant(row, "occurred_at"), row.getString("actor_id"), row.getString("actor_name"),
                        row.getString("summary")))
                .list());
    }

    public List<CardView> cards(String caseFileId) {
        return db.withHandle(handle -> handle.createQuery(
                        "select * from case_file_cards where case_file_id = :caseFileId order by round")
                .bind("caseFileId", caseFileId)
                .map((row, context) -> new CardView(row.getInt("round"), date(row, "made_on"),
                        instant(row, "made_at"), row.getString("made_by"), row.getString("made_by_event"),
                        instant(row, "revised_at"), row.getString("revised_by"),
                        fromJson(row, "card", EvaluationCard.class)))
                .list());
    }

    private record Where(String sql, Map<String, Object> parameters) {
    }

    private static Where where(CaseFileFilter filter) {
        StringBuilder sql = new StringBuilder(" where true");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.unitId() != null) {
            sql.append(" and f.unit_id = :unitId");
            parameters.put("unitId", filter.unitId());
        }
        if (filter.officerId() != null) {
            sql.append(" and (f.primary_officer_id = :officerId or :officerId = any (f.co_handler_ids))");
            parameters.put("officerId", filter.officerId());
        }
        if (filter.state() != null) {
            sql.append(" and f.state = :state");
            parameters.put("state", filter.state().name());
        }
        if (filter.reviewedFrom() != null) {
            parameters.put("reviewedFrom", filter.reviewedFrom());
        }
        if (filter.reviewedTo() != null) {
            parameters.put("reviewedTo", filter.reviewedTo());
        }
        if (filter.reviewedFrom() != null || filter.reviewedTo() != null) {
            sql.append(" and (").append(reviewedBetween("f.round_one_reviewed_on", filter))
                    .append(" or ").append(reviewedBetween("f.round_two_reviewed_on", filter))
                    .append(')');
        }
        return new Where(sql.toString(), parameters);
    }

    private static String reviewedBetween(String column, CaseFileFilter filter) {
        List<String> bounds = new ArrayList<>();
        bounds.add(column + " is not null");
        if (filter.reviewedFrom() != null) {
            bounds.add(column + " >= :reviewedFrom");
        }
        if (filter.reviewedTo() != null) {
            bounds.add(column + " <= :reviewedTo");
        }
        return "(" + String.join(" and ", bounds) + ")";
    }

    private static CaseFileView view(ResultSet row, StatementContext context) throws SQLException {
        return new CaseFileView(
                row.getString("case_file_id"),
                row.getString("case_number"),
                CaseKind.valueOf(row.getString("kind")),
                row.getString("unit_id"),
                row.getString("unit_name"),
                row.getString("primary_officer_id"),
                row.getString("primary_officer_name"),
                strings(row, "co_handler_ids"),
                date(row, "closed_on"),
                row.getString("rulebook_version"),
                CaseFileState.valueOf(row.getString("state")),
                row.getBoolean("overdue_submission"),
                row.getBoolean("overdue_rectification"),
                date(row, "submission_due_on"),
                row.getInt("pre_reviews"),
                fromJson(row, "latest_pre_review", PreReviewView.class),
                date(row, "submitted_on"),
                nullable(row, row.getBoolean("submitted_late")),
                date(row, "resubmitted_on"),
                penalties(row.getString("process_penalties")),
                date(row, "rectification_due_on"),
                date(row, "round_one_reviewed_on"),
                date(row, "round_two_reviewed_on"),
                date(row, "objection_due_on"),
                nullable(row, row.getInt("pending_objection_round")),
                date(row, "objection_decision_due_on"),
                nullable(row, row.getInt("current_round")),
                row.getBigDecimal("total_deduction"),
                row.getBigDecimal("score"),
                enumOf(Grade.class, row.getString("grade")),
                enumOf(Classification.class, row.getString("classification")),
                nullable(row, row.getBoolean("veto")),
                row.getString("evaluation_month") == null ? null : YearMonth.parse(row.getString("evaluation_month")),
                enumOf(ClosingReason.class, row.getString("closing_reason")),
                instant(row, "registered_at"),
                row.getString("registered_by"),
                instant(row, "updated_at"));
    }

    // ---- reading columns -----------------------------------------------------------------------------

    /** The value just read, or null when the column was SQL null (getInt and getBoolean answer 0 and false). */
    private static <T> T nullable(ResultSet row, T value) throws SQLException {
        return row.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static <T> T fromJson(ResultSet row, String column, Class<T> type) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : Json.read(text, type);
    }

    private static List<ProcessPenalty> penalties(String json) {
        try {
            return json == null ? List.of() : Json.mapper().readValue(json, PENALTIES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
