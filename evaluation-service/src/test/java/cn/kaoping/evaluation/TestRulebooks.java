package cn.kaoping.evaluation;

import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookProcessPenalty;
import cn.kaoping.evaluation.rulebook.InMemoryRulebookCatalog;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.rulebook.RulebookJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The shipped default rulebook, and variants of it for tests of versioning. */
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
