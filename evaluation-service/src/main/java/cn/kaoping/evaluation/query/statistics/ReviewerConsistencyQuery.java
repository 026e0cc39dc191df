package cn.kaoping.evaluation.query.statistics;

import cn.kaoping.evaluation.statistics.consistency.Consistency;
import cn.kaoping.evaluation.statistics.consistency.ConsistencyDecision;
import cn.kaoping.evaluation.statistics.consistency.RecordedFinding;
import cn.kaoping.evaluation.statistics.consistency.ReviewedFile;
import cn.kaoping.runtime.db.Db;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 考评一致性 (reviewer consistency) of the files whose evaluation month lies in a range, from the cards of
 * {@code case_file_cards}: a file counts for the reviewer who made its round-one card; a finding for the reviewer who
 * made the card of the round it was recorded in (its points as he gave them, withdrawn or not). Reviewer names come
 * from the officers' registry.
 */
@Singleton
public class ReviewerConsistencyQuery {

    private static final String CARDS = """
            with cards as (
                select c.case_file_id, c.round, c.made_by, c.card, f.total_deduction
                  from case_file_cards c join case_files f on f.case_file_id = c.case_file_id
                 where c.made_by_event = 'CASE_FILE_REVIEWED' and f.evaluation_month between :from and :to)
            """;

    private final Db db;
    private final ConsistencySettings settings;

    ReviewerConsistencyQuery(Db db, ConsistencySettings settings) {
        this.db = db;
        this.settings = settings;
    }

    public Consistency consistency(YearMonth from, YearMonth to) {
        return db.withHandle(handle -> {
            List<ReviewedFile> files = handle.createQuery(CARDS + """
                            select case_file_id, made_by,
                                   exists (select 1 from jsonb_array_elements(card -> 'findings') x
                                            where (x ->> 'recordedInRound')::int = 1) as with_findings,
                                   coalesce(total_deduction, 0) as total_deduction
                              from cards where round = 1""")
                    .bind("from", from)
                    .bind("to", to)
                    .map((rs, ctx) -> new ReviewedFile(rs.getString("case_file_id"), rs.getString("made_by"),
                            rs.getBoolean("with_findings"), rs.getBigDecimal("total_deduction")))
                    .list();
            List<RecordedFinding> findings = handle.createQuery(CARDS + """
                            select cards.made_by, x ->> 'itemCode' as item_code, (x ->> 'points')::numeric as points
                              from cards cross join jsonb_array_elements(cards.card -> 'findings') x
                             where (x ->> 'recordedInRound')::int = cards.round""")
                    .bind("from", from)
                    .bind("to", to)
                    .map((rs, ctx) -> new RecordedFinding(rs.getString("made_by"), rs.getString("item_code"),
                            rs.getBigDecimal("points")))
                    .list();
            Map<String, String> names = new HashMap<>();
            handle.createQuery("select officer_id, name from officers")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
            return ConsistencyDecision.decide(files, findings, settings.ratio(), settings.minFiles(), names::get);
        });
    }
}
