package cn.kaoping.publicity.bulletin.drafting;

import cn.kaoping.contracts.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Replace a draft's title and text. */
public record EditBulletin(String bulletinId, String title, String body, Actor actor, Instant at) {

    public EditBulletin {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }
}
