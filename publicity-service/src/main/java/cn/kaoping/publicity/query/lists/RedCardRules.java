package cn.kaoping.publicity.query.lists;

import cn.kaoping.publicity.PublicityConfig;
import cn.kaoping.publicity.list.RedCardRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

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

    public RedCardRule forMonth(Handle h, YearMonth month) {
        if (settings.fromRulebook()) {
            Optional<RedCardRule> fromRulebook = h.createQuery("""
                            SELECT red_card_average_above, red_card_minimum_files FROM rulebook_version
                             WHERE effective_from <= :lastDay AND red_card_average_above IS NOT NULL
                             ORDER BY effective_from DESC, version_id DESC LIMIT 1""")
                    .bind("lastDay", month.atEndOfMonth())
                    .map((row, ctx) -> new RedCardRule(row.getBigDecimal(1), row.getInt(2), RedCardRule.FROM_RULEBOOK))
                    .findOne();
            if (fromRulebook.isPresent()) {
                return fromRulebook.get();
            }
        }
        return new RedCardRule(settings.averageAbove(), settings.minimumFiles(), RedCardRule.FROM_CONFIG);
    }
}
