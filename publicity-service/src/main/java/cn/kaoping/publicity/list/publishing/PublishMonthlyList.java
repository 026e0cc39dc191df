package cn.kaoping.publicity.list.publishing;

import cn.kaoping.contracts.Actor;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Freeze a month's live list as its next published version (P1, P2). {@code at} is kept to the microsecond, as PostgreSQL keeps it. */
public record PublishMonthlyList(YearMonth month, Actor actor, Instant at) {

    public PublishMonthlyList {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(actor, "actor");
        at = at.truncatedTo(ChronoUnit.MICROS);
    }
}
