package cn.kaoping.publicity.bulletin.drafting;

import cn.kaoping.publicity.PublicityConfig;
import cn.kaoping.publicity.bulletin.Bulletin;
import cn.kaoping.publicity.bulletin.BulletinRows;
import cn.kaoping.publicity.bulletin.ItemProblem;
import cn.kaoping.publicity.query.lists.LiveLists;
import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Drafting and editing bulletins (P3): loads the month's data, lets {@link DraftingDecision} decide, stores. */
@ApplicationScoped
public class BulletinDrafting {

    private final Db db;
    private final LiveLists live;
    private final DraftingDecision decision;

    public BulletinDrafting(Db db, LiveLists live, PublicityConfig config) {
        this.db = db;
        this.live = live;
        this.decision = new DraftingDecision(config.bulletin().averageDeductionAbove(),
                config.bulletin().problemFileShareAbove());
    }

    /** A new draft naming the month's units above the thresholds. */
    public Bulletin draft(DraftBulletin command) {
        return db.inTransaction(h -> {
            DraftingDecision.Draft draft = decision.draft(command, live.compute(h, command.month()),
                    problemsByUnit(h, command.month()));
            String id = UUID.randomUUID().toString();
            h.createUpdate("""
                            INSERT INTO bulletin (bulletin_id, month, title, body, units_json, state, created_by,
                                                  created_at, updated_at)
                            VALUES (:id, :month, :title, :body, :units, 'DRAFT', :by, :at, :at)""")
                    .bind("id", id).bind("month", command.month()).bind("title", draft.title())
                    .bind("body", draft.body()).bind("units", cn.kaoping.contracts.Json.write(draft.units()))
                    .bind("by", command.actor().id()).bind("at", command.at())
                    .execute();
            return BulletinRows.load(h, id).orElseThrow();
        });
    }

    /** The edited draft; empty when there is no such bulletin. */
    public Optional<Bulletin> edit(EditBulletin command) {
        return db.inTransaction(h -> {
            Optional<Bulletin> bulletin = BulletinRows.lock(h, command.bulletinId());
            if (bulletin.isEmpty()) {
                return Optional.<Bulletin>empty();
            }
            DraftingDecision.requireDraft(bulletin.get());
            h.createUpdate("UPDATE bulletin SET title = :title, body = :body, updated_at = :at WHERE bulletin_id = :id")
                    .bind("title", command.title().strip()).bind("body", command.body()).bind("at", command.at())
                    .bind("id", command.bulletinId())
                    .execute();
            return BulletinRows.load(h, command.bulletinId());
        });
    }

    /** The problems found in each unit's files of the month: rulebook items, then process penalties. */
    private static Map<String, List<ItemProblem>> problemsByUnit(Handle h, YearMonth month) {
        Map<String, String> anyVersionText = new HashMap<>();
        h.createQuery("SELECT DISTINCT ON (code) code, item_text FROM rulebook_item ORDER BY code, version_id DESC")
                .map((row, ctx) -> anyVersionText.put(row.getString(1), row.getString(2)))
                .list();
        Map<String, List<ItemProblem>> byUnit = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT f.unit_id, x.item_code, count(*) AS occurrences, count(DISTINCT f.case_file_id) AS files,
                               max(i.item_text) AS item_text
                          FROM case_file f
                          JOIN case_file_finding x ON x.case_file_id = f.case_file_id
                          LEFT JOIN rulebook_item i ON i.code = x.item_code AND i.version_id = x.rulebook_version
                         WHERE f.evaluation_month = :month AND f.total_deduction IS NOT NULL AND NOT x.withdrawn
                         GROUP BY f.unit_id, x.item_code""")
                .bind("month", month)
                .map((row, ctx) -> byUnit.computeIfAbsent(row.getString(1), u -> new ArrayList<>()).add(new ItemProblem(
                        row.getString(2),
                        row.getString(5) != null ? row.getString(5) : anyVersionText.getOrDefault(row.getString(2), ""),
                        row.getInt(3), row.getInt(4))))
                .list();
        h.createQuery("""
                        SELECT f.unit_id, p.code, count(*) AS files
                          FROM case_file f, unnest(string_to_array(NULLIF(f.process_penalties, ''), ',')) AS p(code)
                         WHERE f.evaluation_month = :month AND f.total_deduction IS NOT NULL
                         GROUP BY f.unit_id, p.code""")
                .bind("month", month)
                .map((row, ctx) -> byUnit.computeIfAbsent(row.getString(1), u -> new ArrayList<>()).add(new ItemProblem(
                        row.getString(2), DraftingDecision.PENALTY_TEXT.getOrDefault(row.getString(2), row.getString(2)),
                        row.getInt(3), row.getInt(3))))
                .list();
        byUnit.values().forEach(list -> list.sort(Comparator.comparingInt(ItemProblem::occurrences).reversed()
                .thenComparing(ItemProblem::code)));
        return byUnit;
    }
}
