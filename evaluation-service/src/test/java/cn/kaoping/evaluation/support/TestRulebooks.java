package cn.kaoping.evaluation.support;

import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookDeadlines;
import cn.kaoping.contracts.evaluation.RulebookProcessPenalty;
import cn.kaoping.evaluation.rulebook.InMemoryRulebookCatalog;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.rulebook.RulebookJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The shipped default rulebook, and variants of it for tests of versioning and of deadlines. */
public final class TestRulebooks {

    public static final String DEFAULT_VERSION = "default-v1";

    private TestRulebooks() {
    }

    public static Rulebook defaultRulebook() {
        return RulebookJson.defaultRulebook();
    }

    public static InMemoryRulebookCatalog catalogWithDefault() {
        return new InMemoryRulebookCatalog(defaultRulebook());
    }

    /** The default content under another version id, name and effective date. */
    public static RulebookContent defaultContentAs(String versionId, String name, LocalDate effectiveFrom) {
        return defaultContentAs(versionId, name, effectiveFrom, RulebookJson.defaultContent().deadlines());
    }

    /** The default content under another version id, name and effective date, with other deadlines. */
    public static RulebookContent defaultContentAs(String versionId, String name, LocalDate effectiveFrom,
                                                   RulebookDeadlines deadlines) {
        RulebookContent base = RulebookJson.defaultContent();
        return new RulebookContent(versionId, name, effectiveFrom, base.dimensions(), base.items(),
                base.processPenalties(), base.gradeBands(), deadlines, base.unrectifiedFactor(), base.thresholds());
    }

    /** The default content under another version id and effective date, with MISSING at {@code missingPoints}. */
    public static RulebookContent variant(String versionId, LocalDate effectiveFrom, int missingPoints) {
        RulebookContent base = RulebookJson.defaultContent();
        List<RulebookProcessPenalty> penalties = base.processPenalties().stream()
                .map(p -> p.code() == ProcessPenaltyCode.MISSING
                        ? new RulebookProcessPenalty(p.code(), p.text(), BigDecimal.valueOf(missingPoints), p.per(), null)
                        : p)
                .toList();
        return new RulebookContent(versionId, base.name() + " " + versionId, effectiveFrom, base.dimensions(),
                base.items(), penalties, base.gradeBands(), base.deadlines(), base.unrectifiedFactor(),
                base.thresholds());
    }
}
