package cn.kaoping.publicity.commentary.writing;

import cn.kaoping.contracts.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Replace a draft commentary's title and text. */
public record EditCommentary(String commentaryId, String title, String body, Actor actor, Instant at) {

    public EditCommentary {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }
}
