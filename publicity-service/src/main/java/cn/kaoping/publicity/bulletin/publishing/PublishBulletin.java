package cn.kaoping.publicity.bulletin.publishing;

import cn.kaoping.contracts.Actor;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Publish a draft as the next issue (第N期) of the year in which it is published, in the bureau's time zone. */
public record PublishBulletin(String bulletinId, Actor actor, Instant at, ZoneId zone) {

    public PublishBulletin {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The year of the issue number. */
    public int year() {
        return at.atZone(zone).getYear();
    }
}
