package cn.kaoping.incentive.query.commendation;

import cn.kaoping.incentive.commendation.Commendations;
import cn.kaoping.incentive.commendation.Ranking;
import cn.kaoping.domain.Period;
import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;

/** The live ranking of a period. */
@ApplicationScoped
public class CommendationQuery {

    private final Db db;
    private final Commendations commendations;

    CommendationQuery(Db db, Commendations commendations) {
        this.db = db;
        this.commendations = commendations;
    }

    public Ranking ranking(Period period) {
        return db.withHandle(h -> commendations.ranking(h, period));
    }
}
