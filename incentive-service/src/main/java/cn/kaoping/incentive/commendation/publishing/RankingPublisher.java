package cn.kaoping.incentive.commendation.publishing;

import cn.kaoping.contracts.incentive.CommendationRankingPublished;
import cn.kaoping.incentive.commendation.Commendations;
import cn.kaoping.incentive.commendation.Ranking;
import cn.kaoping.domain.Period;
import cn.kaoping.incentive.period.Periods;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** Freezes the ranking as it stands and publishes it through the outbox, in one transaction. */
@ApplicationScoped
public class RankingPublisher {

    private final Db db;
    private final Outbox outbox;
    private final Commendations commendations;

    RankingPublisher(Db db, Outbox outbox, Commendations commendations) {
        this.db = db;
        this.outbox = outbox;
        this.commendations = commendations;
    }

    /** The published ranking (its content as frozen). */
    public Ranking publish(PublishRanking command) {
        Period period = Periods.parse(command.period());
        Ranking ranking = db.inTransaction(h -> {
            Ranking current = commendations.ranking(h, period);
            CommendationRankingPublished event = RankingPublicationDecision.decide(command, current);
            h.createUpdate("""
                            INSERT INTO commendation_ranking (ranking_id, period, scheme_version, content, published_by,
                                                              published_at)
                            VALUES (:id, :period, :scheme, cast(:content as jsonb), :by, :at)""")
                    .bind("id", command.rankingId()).bind("period", period.text())
                    .bind("scheme", current.schemeVersion()).bind("content", Db.json(current))
                    .bind("by", command.actor().id()).bind("at", command.at())
                    .execute();
            outbox.add(h, command.rankingId(), command.actor(), command.at(), event);
            return current;
        });
        outbox.flushSoon();
        return ranking;
    }
}
