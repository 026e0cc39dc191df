package cn.kaoping.publicity.api;

import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.OfficerEntry;
import cn.kaoping.publicity.list.RedCardRule;
import cn.kaoping.publicity.list.UnitEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A monthly list as the API answers it. {@code officers} is paged ({@code page}, {@code size}, {@code total});
 * {@code units} is complete (a bureau has few units).
 *
 * @param status                 LIVE (computed now from the projection) or PUBLISHED (a frozen version)
 * @param latestPublishedVersion the month's newest published version, if any
 */
public record MonthlyListResponse(
        YearMonth month,
        String status,
        Integer version,
        Instant publishedAt,
        String publishedBy,
        Integer latestPublishedVersion,
        RedCardRule redCardRule,
        Summary summary,
        List<OfficerEntry> officers,
        List<UnitEntry> units,
        int page,
        int size,
        long total) {

    public static final String LIVE = "LIVE";
    public static final String PUBLISHED = "PUBLISHED";

    /** Figures over the units shown. */
    public record Summary(int filesEvaluated, BigDecimal totalDeduction, BigDecimal averageDeduction, int problemFiles,
                          int redCards) {
    }

    static MonthlyListResponse of(MonthlyList list, Integer latestPublishedVersion, int page, int size) {
        List<OfficerEntry> officers = Paging.page(list.officers(), page, size);
        return new MonthlyListResponse(list.month(), list.isPublished() ? PUBLISHED : LIVE, list.version(),
                list.publishedAt(), list.publishedBy(), latestPublishedVersion, list.redCardRule(),
                new Summary(list.filesEvaluated(), list.totalDeduction(), list.averageDeduction(), list.problemFiles(),
                        list.redCards().size()),
                officers, list.units(), page, size, list.officers().size());
    }
}
