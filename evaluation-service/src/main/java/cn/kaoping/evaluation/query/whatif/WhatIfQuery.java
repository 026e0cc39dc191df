package cn.kaoping.evaluation.query.whatif;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.evaluation.RulebookThresholds;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import cn.kaoping.evaluation.rulebook.whatif.FileComparison;
import cn.kaoping.evaluation.rulebook.whatif.FileResult;
import cn.kaoping.evaluation.rulebook.whatif.RescoringDecision;
import cn.kaoping.evaluation.rulebook.whatif.WhatIfSummary;
import cn.kaoping.runtime.db.Db;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;

/**
 * 规则试算 (what-if): re-scores every file whose evaluation month lies in a range under a draft rulebook, from its
 * stored events ({@link RescoringDecision}), beside its recorded result ({@code case_files}). Reads only: one
 * transaction over the event store and the read models that appends and changes nothing.
 */
@Singleton
public class WhatIfQuery {

    /** Events are read for this many files per query (an index range scan on (aggregate, sequence) each). */
    private static final int CHUNK = 500;

    private static final String FILES_OF_RANGE =
            " from case_files where evaluation_month between :from and :to ";

    private final Db db;
    private final RulebookCatalog rulebooks;
    private final BureauCalendar calendar;
    private final Map<String, Class<?>> payloadTypes = new ConcurrentHashMap<>();

    WhatIfQuery(Db db, RulebookCatalog rulebooks, BureauCalendar calendar) {
        this.db = db;
        this.rulebooks = rulebooks;
        this.calendar = calendar;
    }

    private record RecordedFile(String caseFileId, String caseNumber, String unitId, String primaryOfficerId,
                                YearMonth evaluationMonth, BigDecimal totalDeduction, BigDecimal score, String grade,
                                String classification) {

        FileResult result() {
            return new FileResult(totalDeduction, score, grade == null ? null : Grade.valueOf(grade),
                    classification == null ? null : Classification.valueOf(classification));
        }
    }

    public WhatIfRun run(Rulebook draft, YearMonth from, YearMonth to, LocalDate today, long offset, int limit) {
        return db.inTransaction(handle -> {
            List<RecordedFile> recorded = handle.createQuery("""
                            select case_file_id, case_number, unit_id, primary_officer_id, evaluation_month,
                                   total_deduction, score, grade, classification""" + FILES_OF_RANGE)
                    .bind("from", from)
                    .bind("to", to)
                    .map((rs, ctx) -> new RecordedFile(rs.getString("case_file_id"), rs.getString("case_number"),
                            rs.getString("unit_id"), rs.getString("primary_officer_id"),
                            YearMonth.parse(rs.getString("evaluation_month")), rs.getBigDecimal("total_deduction"),
                            rs.getBigDecimal("score"), rs.getString("grade"), rs.getString("classification")))
                    .list();
            Map<String, FileComparison> compared = new LinkedHashMap<>();
            for (int i = 0; i < recorded.size(); i += CHUNK) {
                List<RecordedFile> chunk = recorded.subList(i, Math.min(i + CHUNK, recorded.size()));
                Map<String, List<EvaluationEvent>> events = eventsOf(handle,
                        chunk.stream().map(RecordedFile::caseFileId).toList());
                for (RecordedFile file : chunk) {
                    compared.put(file.caseFileId(), FileComparison.of(file.caseFileId(), file.caseNumber(),
                            file.unitId(), file.primaryOfficerId(), file.evaluationMonth(), file.result(),
                            RescoringDecision.rescore(events.getOrDefault(file.caseFileId(), List.of()),
                                    rulebooks::version, draft, calendar)));
                }
            }
            Map<String, String> units = names(handle, "select unit_id, name from units");
            Map<String, String> officers = names(handle, "select officer_id, name from officers");
            RulebookThresholds now = rulebooks.findInForceOn(today).map(r -> r.content().thresholds())
                    .orElse(draft.content().thresholds());
            WhatIfSummary summary = WhatIfSummary.of(List.copyOf(compared.values()), now,
                    draft.content().thresholds(), units::get, officers::get);
            List<FileComparison> page = handle.createQuery("select case_file_id" + FILES_OF_RANGE
                            + " order by evaluation_month, case_number offset :offset limit :limit")
                    .bind("from", from)
                    .bind("to", to)
                    .bind("offset", offset)
                    .bind("limit", limit)
                    .mapTo(String.class)
                    .map(compared::get)
                    .list();
            return new WhatIfRun(draft.versionId(), from, to, now, draft.content().thresholds(), summary, page,
                    recorded.size());
        });
    }

    private Map<String, List<EvaluationEvent>> eventsOf(Handle handle, List<String> caseFileIds) {
        Map<String, List<EvaluationEvent>> events = new HashMap<>();
        handle.createQuery("""
                        select aggregate_identifier, payload_type, payload from domain_event_entry
                         where aggregate_identifier = any(:ids)
                         order by aggregate_identifier, sequence_number""")
                .bindArray("ids", String.class, caseFileIds)
                .map((rs, ctx) -> {
                    Object payload = read(rs.getString("payload_type"), rs.getBytes("payload"));
                    if (payload instanceof EvaluationEvent event) {
                        events.computeIfAbsent(rs.getString("aggregate_identifier"), k -> new ArrayList<>())
                                .add(event);
                    }
                    return Boolean.TRUE;
                })
                .list();
        return events;
    }

    /** As Axon's serializer stored it: Jackson JSON of the payload's class (see AxonSetup). */
    private Object read(String type, byte[] payload) {
        Class<?> payloadType = payloadTypes.computeIfAbsent(type, name -> {
            try {
                return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return Object.class;
            }
        });
        if (!EvaluationEvent.class.isAssignableFrom(payloadType)) {
            return null;
        }
        try {
            return Json.mapper().readValue(payload, payloadType);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable stored event " + type, e);
        }
    }

    private static Map<String, String> names(Handle handle, String sql) {
        Map<String, String> names = new HashMap<>();
        handle.createQuery(sql).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        return names;
    }
}
