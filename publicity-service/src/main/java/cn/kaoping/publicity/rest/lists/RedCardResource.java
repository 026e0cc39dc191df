package cn.kaoping.publicity.rest.lists;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.OfficerEntry;
import cn.kaoping.publicity.list.RedCardRule;
import cn.kaoping.publicity.query.lists.ListSlice;
import cn.kaoping.publicity.query.lists.MonthlyListQueries;
import cn.kaoping.publicity.rest.MonthParam;
import cn.kaoping.web.paging.Paging;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
@Tag(name = "红牌 Red cards")
@Path("/api/v1/red-cards/{month}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RedCardResource {

    private final MonthlyListQueries lists;

    public RedCardResource(MonthlyListQueries lists) {
        this.lists = lists;
    }

    @Operation(operationId = "getRedCards", summary = "月度红牌 / The month's red cards",
            description = "红牌民警及其有扣分的案卷；按角色与单位限定。 / The red-carded officers with their files that lost points; by role and unit.")
    @GET
    public RedCards get(@PathParam("month") @Pattern(regexp = MonthParam.PATTERN) String month,
                        @QueryParam("version") @Min(1) Integer version,
                        @Valid @BeanParam Paging paging) {
        YearMonth ym = YearMonth.parse(month);
        ListSlice slice = lists.redCards(ym, version, paging.offset(), paging.limit())
                .orElseThrow(() -> MonthlyListResource.versionNotFound(ym, version));
        MonthlyList list = slice.list();
        return new RedCards(ym, list.isPublished() ? MonthlyListResponse.PUBLISHED : MonthlyListResponse.LIVE,
                list.version(), list.publishedAt(), list.redCardRule(), list.officers(), paging.page(), paging.size(),
                slice.total());
    }

    /** @param redCards each with {@code problemFileList}: the officer's files with a deduction */
    public record RedCards(YearMonth month, String status, Integer version, Instant publishedAt, RedCardRule redCardRule,
                           List<OfficerEntry> redCards, int page, int size, long total) {
    }
}
