package cn.kaoping.publicity.rest.lists;

import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.OfficerEntry;
import cn.kaoping.publicity.list.RedCardRule;
import cn.kaoping.publicity.list.UnitEntry;
import cn.kaoping.publicity.query.lists.ListSlice;
import cn.kaoping.web.paging.Paging;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A monthly list as the API answers it. {@code officers} is paged ({@code page}, {@code size}, {@code total}: the
 * officers of the caller's scope); {@code units} is complete (a bureau has few units).
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

    static MonthlyListResponse of(ListSlice slice, Integer latestPublishedVersion, int page, int size) {
        MonthlyList list = slice.list();
        return new MonthlyListResponse(list.month(), list.isPublished() ? PUBLISHED : LIVE, list.version(),
                list.publishedAt(), list.publishedBy(), latestPublishedVersion, list.redCardRule(),
                new Summary(list.filesEvaluated(), list.totalDeduction(), list.averageDeduction(), list.problemFiles(),
                        slice.redCards()),
                list.officers(), list.units(), page, size, slice.total());
    }

    /** A whole list (as just published) on one page. */
    static MonthlyListResponse whole(MonthlyList list) {
        return of(new ListSlice(list, list.officers().size(), list.redCards().size()), list.version(), 0, Math.max(Paging.MAX_SIZE,
                list.officers().size()));
    }
}
