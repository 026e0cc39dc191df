package cn.kaoping.publicity.projection;

import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookItem;
import cn.kaoping.contracts.evaluation.RulebookThresholds;
import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import org.jdbi.v3.core.Handle;

/** Rulebook versions: item texts for bulletins (P3) and the red-card thresholds (P2). */
final class Rulebooks {

    private Rulebooks() {
    }

    static void version(Handle tx, RulebookVersionPublished e) {
        RulebookContent rulebook = e.rulebook();
        RulebookThresholds thresholds = rulebook.thresholds();
        tx.createUpdate("""
                        INSERT INTO rulebook_version (version_id, name, effective_from, red_card_average_above,
                                                      red_card_minimum_files)
                        VALUES (:id, :name, :from, :above, :minimum)
                        ON CONFLICT (version_id) DO UPDATE SET name = EXCLUDED.name,
                            effective_from = EXCLUDED.effective_from,
                            red_card_average_above = EXCLUDED.red_card_average_above,
                            red_card_minimum_files = EXCLUDED.red_card_minimum_files""")
                .bind("id", e.versionId()).bind("name", rulebook.name()).bind("from", rulebook.effectiveFrom())
                .bind("above", thresholds == null ? null : thresholds.redCardAverageDeductionAbove())
                .bind("minimum", thresholds == null ? null : thresholds.redCardMinimumFiles())
                .execute();
        tx.createUpdate("DELETE FROM rulebook_item WHERE version_id = :id").bind("id", e.versionId()).execute();
        for (RulebookItem item : rulebook.items()) {
            tx.createUpdate("""
                            INSERT INTO rulebook_item (version_id, code, dimension, item_text)
                            VALUES (:id, :code, :dimension, :text)""")
                    .bind("id", e.versionId()).bind("code", item.code()).bind("dimension", item.dimension())
                    .bind("text", item.text())
                    .execute();
        }
    }
}
