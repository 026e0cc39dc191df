package cn.kaoping.incentive.commendation.publishing;

import cn.kaoping.contracts.Actor;
import java.time.Instant;

/** Publish the commendation ranking of a period as it stands (I3). */
public record PublishRanking(String rankingId, String period, Actor actor, Instant at) {
}
