package cn.kaoping.publicity.projection;

import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookItem;
import cn.kaoping.contracts.evaluation.RulebookThresholds;
import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.publicity.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;

/** Rulebook versions: item texts for bulletins (P3) and the red-card thresholds (P2). */
final class Rulebooks {

    private Rulebooks() {
    }

    static void version(Connection tx, RulebookVersionPublished e) throws SQLException {
        RulebookContent rulebook = e.rulebook();
        RulebookThresholds thresholds = rulebook.thresholds();
        Sql.update(tx, """
                INSERT INTO rulebook_version (version_id, name, effective_from, red_card_average_above,
                                              red_card_minimum_files)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (version_id) DO UPDATE SET name = EXCLUDED.name, effective_from = EXCLUDED.effective_from,
                    red_card_average_above = EXCLUDED.red_card_average_above,
                    red_card_minimum_files = EXCLUDED.red_card_minimum_files""",
                e.versionId(), rulebook.name(), rulebook.effectiveFrom(),
                thresholds == null ? null : thresholds.redCardAverageDeductionAbove(),
                thresholds == null ? null : thresholds.redCardMinimumFiles());
        Sql.update(tx, "DELETE FROM rulebook_item WHERE version_id = ?", e.versionId());
        for (RulebookItem item : rulebook.items()) {
            Sql.update(tx, "INSERT INTO rulebook_item (version_id, code, dimension, item_text) VALUES (?, ?, ?, ?)",
                    e.versionId(), item.code(), item.dimension(), item.text());
        }
    }
}
