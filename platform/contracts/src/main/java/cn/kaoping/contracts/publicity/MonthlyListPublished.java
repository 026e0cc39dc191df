package cn.kaoping.contracts.publicity;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * 月度考评通报: a month's list was frozen and published. Each publication of the same month is a new,
 * immutable version. Subject: the month ({@code 2017-05}).
 */
public record MonthlyListPublished(
        YearMonth month,
        int version,
        Instant publishedAt,
        int officerCount,
        int unitCount,
        List<String> redCardOfficerIds) implements PublicityEvent {

    public MonthlyListPublished {
        redCardOfficerIds = redCardOfficerIds == null ? List.of() : List.copyOf(redCardOfficerIds);
    }
}
