package cn.kaoping.publicity.api;

import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.MonthlyLists;
import cn.kaoping.publicity.list.OfficerEntry;
import cn.kaoping.publicity.list.RedCardRule;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * P2: the red-carded officers of a month with their problem files, for every signed-in role (a red card is
 * named publicly). From the given version, else the latest published version, else the live list.
 */
@Path("/api/v1/red-cards/{month}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RedCardResource {

    private final MonthlyLists lists;

    public RedCardResource(MonthlyLists lists) {
        this.lists = lists;
    }

    @GET
    public RedCards get(@PathParam("month") @Pattern(regexp = MonthParam.PATTERN) String month,
                        @QueryParam("version") @Min(1) Integer version,
                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                        @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        YearMonth ym = YearMonth.parse(month);
        MonthlyList list = version != null ? lists.version(ym, version)
                : lists.latestPublished(ym).orElseGet(() -> lists.live(ym));
        List<OfficerEntry> redCards = list.redCards();
        return new RedCards(ym, list.isPublished() ? MonthlyListResponse.PUBLISHED : MonthlyListResponse.LIVE,
                list.version(), list.publishedAt(), list.redCardRule(), Paging.page(redCards, page, size), page, size,
                redCards.size());
    }

    /** @param redCards each with {@code problemFileList}: the officer's files with a deduction */
    public record RedCards(YearMonth month, String status, Integer version, Instant publishedAt, RedCardRule redCardRule,
                           List<OfficerEntry> redCards, int page, int size, long total) {
    }
}
