package cn.kaoping.incentive.commendation;

import cn.kaoping.incentive.IncentiveSettings;
import cn.kaoping.incentive.performance.Performance;
import cn.kaoping.incentive.performance.PerformanceLedger;
import cn.kaoping.domain.Period;
import cn.kaoping.incentive.scheme.Scheme;
import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Handle;

/** Builds the ranking of a period from the points and the exclusion facts. */
@ApplicationScoped
public class Commendations {

    private final IncentiveSettings settings;

    Commendations(IncentiveSettings settings) {
        this.settings = settings;
    }

    public Ranking ranking(Handle h, Period period) {
        Scheme scheme = PerformanceLedger.schemeFor(h, period);
        Performance performance = PerformanceLedger.of(h, period);
        Integer minimum = scheme.rotationShortfallExcludes(period.kind().name())
                ? CommendationFacts.rotationMinimum(h, period.year(), settings.rotationDaysDefault()) : null;
        return CommendationDecision.decide(performance, CommendationFacts.exclusions(h, period),
                minimum == null ? java.util.Map.of() : CommendationFacts.rotationDays(h, period.year()), minimum,
                period.year());
    }
}
