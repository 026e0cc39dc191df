package cn.kaoping.publicity.bulletin.drafting;

import cn.kaoping.contracts.Actor;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Draft the bulletin of a month from its data.
 *
 * @param title optional; the default is "2017年5月执法质量考评通报"
 */
public record DraftBulletin(YearMonth month, String title, Actor actor, Instant at) {

    public DraftBulletin {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }
}
