package cn.kaoping.evaluation.query.casefiles;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.evaluation.casefile.CaseFileState;
import cn.kaoping.evaluation.query.Jdbc;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    private final Jdbc jdbc;

    CaseFilesQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseFileView> find(String caseFileId) {
        return jdbc.first(SELECT_VIEW + " where f.case_file_id = ?", CaseFilesQuery::view, caseFileId);
    }

    public boolean caseNumberTaken(String caseNumber) {
        return jdbc.exists("select 1 from case_files where case_number = ?", caseNumber);
    }

    /**
     * The files matching the filter, the latest registered first. What the caller may see is already in the
     * filter: its unit and officer are those of the caller's access scope, narrowed by the request.
     */
    public List<CaseFileView> search(CaseFileFilter filter, long offset, int limit) {
        Where where = where(filter);
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.add(offset);
        parameters.add(limit);
        return jdbc.list(SELECT_VIEW + where.sql + " order by f.registered_at desc, f.case_file_id offset ? limit ?",
                CaseFilesQuery::view, parameters.toArray());
    }

    public long count(CaseFileFilter filter) {
        Where where = where(filter);
        return jdbc.count("select count(*) from case_files f" + where.sql, where.parameters.toArray());
    }

    /** The file's events in order, with the actor's name where the actor is a registered officer. */
    public List<HistoryEntry> history(String caseFileId) {
        return jdbc.list("""
                select h.*, o.name as actor_name from case_file_history h
                  left join officers o on o.officer_id = h.actor_id
                 where h.case_file_id = ? order by h.sequence_number""",
                row -> new HistoryEntry(row.getLong("sequence_number"), row.getString("event_type"),
                        Jdbc.instant(row, "occurred_at"), row.getString("actor_id"), row.getString("actor_name"),
                        row.getString("summary")),
                caseFileId);
    }

    public List<CardView> cards(String caseFileId) {
        return jdbc.list("select * from case_file_cards where case_file_id = ? order by round",
                row -> new CardView(row.getInt("round"), Jdbc.date(row, "made_on"), Jdbc.instant(row, "made_at"),
                        row.getString("made_by"), row.getString("made_by_event"), Jdbc.instant(row, "revised_at"),
                        row.getString("revised_by"), Jdbc.fromJson(row, "card", EvaluationCard.class)),
                caseFileId);
    }

    private record Where(String sql, List<Object> parameters) {
    }

    private static Where where(CaseFileFilter filter) {
        StringBuilder sql = new StringBuilder(" where true");
        List<Object> parameters = new ArrayList<>();
        if (filter.unitId() != null) {
            sql.append(" and f.unit_id = ?");
            parameters.add(filter.unitId());
        }
        if (filter.officerId() != null) {
            sql.append(" and (f.primary_officer_id = ? or ? = any (f.co_handler_ids))");
            parameters.add(filter.officerId());
            parameters.add(filter.officerId());
        }
        if (filter.state() != null) {
            sql.append(" and f.state = ?");
            parameters.add(filter.state());
        }
        if (filter.reviewedFrom() != null || filter.reviewedTo() != null) {
            sql.append(" and (").append(reviewedBetween("f.round_one_reviewed_on", filter, parameters))
                    .append(" or ").append(reviewedBetween("f.round_two_reviewed_on", filter, parameters))
                    .append(')');
        }
        return new Where(sql.toString(), parameters);
    }

    private static String reviewedBetween(String column, CaseFileFilter filter, List<Object> parameters) {
        List<String> bounds = new ArrayList<>();
        bounds.add(column + " is not null");
        if (filter.reviewedFrom() != null) {
            bounds.add(column + " >= ?");
            parameters.add(filter.reviewedFrom());
        }
        if (filter.reviewedTo() != null) {
            bounds.add(column + " <= ?");
            parameters.add(filter.reviewedTo());
        }
        return "(" + String.join(" and ", bounds) + ")";
    }

    private static CaseFileView view(ResultSet row) throws SQLException {
        return new CaseFileView(
                row.getString("case_file_id"),
                row.getString("case_number"),
                CaseKind.valueOf(row.getString("kind")),
                row.getString("unit_id"),
                row.getString("unit_name"),
                row.getString("primary_officer_id"),
                row.getString("primary_officer_name"),
                Jdbc.strings(row, "co_handler_ids"),
                Jdbc.date(row, "closed_on"),
                row.getString("rulebook_version"),
                CaseFileState.valueOf(row.getString("state")),
                row.getBoolean("overdue_submission"),
                row.getBoolean("overdue_rectification"),
                Jdbc.date(row, "submission_due_on"),
                row.getInt("pre_reviews"),
                Jdbc.fromJson(row, "latest_pre_review", PreReviewView.class),
                Jdbc.date(row, "submitted_on"),
                Jdbc.bool(row, "submitted_late"),
                Jdbc.date(row, "resubmitted_on"),
                penalties(row.getString("process_penalties")),
                Jdbc.date(row, "rectification_due_on"),
                Jdbc.date(row, "round_one_reviewed_on"),
                Jdbc.date(row, "round_two_reviewed_on"),
                Jdbc.date(row, "objection_due_on"),
                Jdbc.integer(row, "pending_objection_round"),
                Jdbc.date(row, "objection_decision_due_on"),
                Jdbc.integer(row, "current_round"),
                row.getBigDecimal("total_deduction"),
                row.getBigDecimal("score"),
                enumOf(Grade.class, row.getString("grade")),
                enumOf(Classification.class, row.getString("classification")),
                Jdbc.bool(row, "veto"),
                row.getString("evaluation_month") == null ? null : YearMonth.parse(row.getString("evaluation_month")),
                enumOf(ClosingReason.class, row.getString("closing_reason")),
                Jdbc.instant(row, "registered_at"),
                row.getString("registered_by"),
                Jdbc.instant(row, "updated_at"));
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
