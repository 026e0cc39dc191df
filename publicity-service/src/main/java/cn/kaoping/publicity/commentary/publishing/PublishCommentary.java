package cn.kaoping.publicity.commentary.publishing;

import cn.kaoping.contracts.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Publish a draft commentary. */
public record PublishCommentary(String commentaryId, Actor actor, Instant at) {

    public PublishCommentary {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }
}
