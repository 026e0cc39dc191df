package cn.kaoping.publicity.list;

import cn.kaoping.publicity.config.PublicityConfig;
import cn.kaoping.publicity.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The red-card rule of a month: the thresholds of the rulebook version in force on the month's last day
 * (when {@code kaoping.publicity.red-card.from-rulebook} and such a version is known), else the settings.
 */
@ApplicationScoped
public class RedCardRules {

    private final PublicityConfig.RedCard settings;

    public RedCardRules(PublicityConfig config) {
        this.settings = config.redCard();
    }

    public RedCardRule forMonth(Connection c, YearMonth month) throws SQLException {
        if (settings.fromRulebook()) {
            Optional<RedCardRule> fromRulebook = Sql.one(c, """
                    SELECT red_card_average_above, red_card_minimum_files FROM rulebook_version
                     WHERE effective_from <= ? AND red_card_average_above IS NOT NULL
                     ORDER BY effective_from DESC, version_id DESC LIMIT 1""",
                    row -> new RedCardRule(row.getBigDecimal(1), row.getInt(2), RedCardRule.FROM_RULEBOOK),
                    month.atEndOfMonth());
            if (fromRulebook.isPresent()) {
                return fromRulebook.get();
            }
        }
        return new RedCardRule(settings.averageAbove(), settings.minimumFiles(), RedCardRule.FROM_CONFIG);
    }
}
