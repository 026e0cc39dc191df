package cn.kaoping.publicity.commentary.writing;

import cn.kaoping.contracts.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Write a commentary (a draft) on a case file the projection knows. */
public record WriteCommentary(String caseFileId, String title, String body, Actor actor, Instant at) {

    public WriteCommentary {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }
}
