package cn.kaoping.publicity.rest.pages;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.kaoping.publicity.PublicityConfig;
import cn.kaoping.publicity.bulletin.Bulletin;
import cn.kaoping.publicity.commentary.Commentary;
import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.query.bulletins.BulletinQueries;
import cn.kaoping.publicity.query.commentaries.CommentaryQueries;
import cn.kaoping.publicity.query.lists.MonthIndex;
import cn.kaoping.publicity.query.lists.MonthlyListQueries;
import cn.kaoping.publicity.query.lists.VersionInfo;
import cn.kaoping.publicity.rest.MonthParam;
import cn.kaoping.runtime.time.BureauSettings;
import cn.kaoping.web.pages.BarChart;
import cn.kaoping.publicity.rest.lists.ListScope;
import cn.kaoping.web.security.AccessScope;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * P5: the legal web page (法制网页), server-rendered in Chinese. Pages show what was published. Live, unpublished
 * data (a month's list before publication, its figures on the index) is shown only to a caller whose token lets him
 * see it, and only the lines the API would show him (an officer his own line, a unit legal officer his unit's), under
 * a 未发布 · 实时数据 banner; never to an anonymous reader, and to no one with
 * {@code kaoping.publicity.pages-show-live=false}. Readable without a token unless
 * {@code kaoping.publicity.pages-public=false}. Sorting and version choice are plain links: no JavaScript.
 */
@Tag(name = "法制网页面 Pages")
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PagesResource {

    private static final Pattern MONTH = Pattern.compile(MonthParam.PATTERN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Views.Index view);

        static native TemplateInstance monthlyList(Views.ListPage view);

        static native TemplateInstance redCards(Views.RedCardPage view);

        static native TemplateInstance bulletin(Views.BulletinPage view);

        static native TemplateInstance commentary(Views.CommentaryPage view);

        static native TemplateInstance error(Views.ErrorPage view);
    }

    /** How many bulletins and commentaries the index names. */
    private static final int NEWEST = 20;

    private final MonthlyListQueries lists;
    private final MonthIndex monthIndex;
    private final BulletinQueries bulletins;
    private final CommentaryQueries commentaries;
    private final PublicityConfig config;
    private final Caller caller;
    private final Clock clock;
    private final ZoneId zone;

    public PagesResource(MonthlyListQueries lists, MonthIndex monthIndex, BulletinQueries bulletins,
                         CommentaryQueries commentaries, PublicityConfig config, Caller caller, Clock clock,
                         BureauSettings bureau) {
        this.lists = lists;
        this.monthIndex = monthIndex;
        this.bulletins = bulletins;
        this.commentaries = commentaries;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
        this.zone = bureau.timeZone();
    }

    @Operation(operationId = "legalWebIndexPage", summary = "法制网首页 / The legal web page",
            description = "已发布的清单、红牌、通报与点评；持令牌时显示实时数据。 / Published lists, red cards, bulletins and commentaries; live data with a token.")
    @GET
    public Response index() {
        return page(() -> {
            YearMonth current = YearMonth.from(clock.instant().atZone(zone));
            // The count of an unpublished month is live data: only those who may see live data see it.
            boolean live = showsLive();
            List<Views.MonthRow> months = monthIndex.months(current).stream().map(m -> new Views.MonthRow(
                    m.month().toString(), label(m.month()), m.version() != null,
                    m.version() != null ? "已发布 第" + m.version() + "版" : (live ? "未发布（实时）" : "未发布"),
                    m.publishedAt() == null ? "" : format(m.publishedAt()),
                    m.version() != null || live ? String.valueOf(m.filesEvaluated()) : "—",
                    m.version() != null ? String.valueOf(m.redCards()) : "—")).toList();
            return Templates.index(new Views.Index(current.toString(), label(current), months,
                    bulletins.list(false, null, 0, NEWEST), commentaries.list(false, 0, NEWEST)));
        });
    }

    @Operation(operationId = "monthlyListPage", summary = "月度清单页 / Monthly list page",
            description = "无令牌只显示已发布版本。 / Without a token only the published version.")
    @GET
    @Path("monthly-lists/{month}")
    public Response monthlyList(@PathParam("month") String month, @QueryParam("version") String version,
                                @QueryParam("live") String live, @QueryParam("sort") String sort,
                                @QueryParam("dir") String dir) {
        return page(() -> {
            YearMonth ym = parseMonth(month);
            Shown shown = shownList(ym, version, "true".equals(live));
            MonthlyList list = shown.list();
            String key = ListSorting.key(sort);
            boolean descending = ListSorting.descending(key, dir);
            String baseQuery = shown.query();
            List<Views.VersionLink> versions = new ArrayList<>();
            for (VersionInfo v : lists.versions(ym)) {
                versions.add(new Views.VersionLink("第" + v.version() + "版（" + format(v.publishedAt()) + "）",
                        "/monthly-lists/" + ym + "?version=" + v.version(),
                        list.isPublished() && list.version() == v.version()));
            }
            Views.Summary summary = new Views.Summary(list.filesEvaluated(), list.totalDeduction(),
                    list.averageDeduction(), list.problemFiles(), list.redCards().size());
            return Templates.monthlyList(new Views.ListPage(ym.toString(), label(ym), shown.state(), shown.statusText(),
                    versions, showsLive() ? "/monthly-lists/" + ym + "?live=true" : null,
                    list.redCardRule(), summary, ListSorting.links(baseQuery, key, descending),
                    ListSorting.sort(list.officers(), key, descending), list.units(),
                    new RawString(BarChart.render("各单位平均扣分", "各单位平均扣分（分）",
                            list.units().stream().map(u -> new BarChart.Bar(u.unitName(), u.averageDeduction())).toList(),
                            new BarChart.Threshold(config.bulletin().averageDeductionAbove(), "通报线")))));
        });
    }

    @Operation(operationId = "redCardsPage", summary = "红牌页 / Red cards page",
            description = "无令牌只显示已发布版本。 / Without a token only the published version.")
    @GET
    @Path("red-cards/{month}")
    public Response redCards(@PathParam("month") String month, @QueryParam("version") String version) {
        return page(() -> {
            YearMonth ym = parseMonth(month);
            Shown shown = shownList(ym, version, false);
            return Templates.redCards(new Views.RedCardPage(ym.toString(), label(ym), shown.state(), shown.statusText(),
                    shown.list().redCardRule(), shown.list().redCards()));
        });
    }

    @Operation(operationId = "bulletinPage", summary = "通报页 / Bulletin page",
            description = "只显示已发布的通报。 / Published bulletins only.")
    @GET
    @Path("bulletins/{id}")
    public Response bulletin(@PathParam("id") String id) {
        return page(() -> {
            Bulletin bulletin = bulletins.find(id).filter(Bulletin::isPublished)
                    .orElseThrow(() -> new PageException(404, "未找到", "该通报不存在或尚未发布。"));
            return Templates.bulletin(new Views.BulletinPage(bulletin, format(bulletin.publishedAt()),
                    label(bulletin.month())));
        });
    }

    @Operation(operationId = "commentaryPage", summary = "点评页 / Commentary page",
            description = "只显示已发布的点评。 / Published commentaries only.")
    @GET
    @Path("commentaries/{id}")
    public Response commentary(@PathParam("id") String id) {
        return page(() -> {
            Commentary commentary = commentaries.find(id).filter(Commentary::isPublished)
                    .orElseThrow(() -> new PageException(404, "未找到", "该案件点评不存在或尚未发布。"));
            return Templates.commentary(new Views.CommentaryPage(commentary, format(commentary.publishedAt()),
                    commentary.month() == null ? "" : label(commentary.month())));
        });
    }

    /**
     * Which list a page shows: the asked version, else the latest published one (or the live one when asked for and
     * the caller may see it), else the live list as far as the caller may see it, else none.
     */
    private Shown shownList(YearMonth month, String version, boolean live) {
        if (version != null && !version.isBlank()) {
            int number;
            try {
                number = Integer.parseInt(version.trim());
            } catch (NumberFormatException e) {
                throw new PageException(400, "请求无效", "版本号应为正整数。");
            }
            MonthlyList list = lists.version(month, number)
                    .orElseThrow(() -> new PageException(404, "未找到", "所请求的清单版本不存在。"));
            return new Shown(list, Views.PUBLISHED, "已发布 第" + list.version() + "版（" + format(list.publishedAt()) + "）",
                    "version=" + number);
        }
        if (!live || !showsLive()) {
            Optional<MonthlyList> latest = lists.latestPublished(month);
            if (latest.isPresent()) {
                MonthlyList list = latest.get();
                return new Shown(list, Views.PUBLISHED,
                        "已发布 第" + list.version() + "版（" + format(list.publishedAt()) + "）", "");
            }
        }
        if (showsLive()) {
            AccessScope scope = ListScope.of(caller, null);
            MonthlyList visible = lists.whole(month, null, scope.unitId(), scope.officerId()).orElseThrow();
            return new Shown(visible, Views.LIVE, scope.isEverything()
                    ? "未发布 · 实时数据（随考评结果变化，仅供参考）"
                    : "未发布 · 实时数据（仅含您可查看的记录，随考评结果变化，仅供参考）", "live=true");
        }
        MonthlyList empty = lists.live(month);
        return new Shown(new MonthlyList(month, null, null, null, empty.redCardRule(), List.of(), List.of()), Views.NONE,
                config.pagesShowLive() && !caller.isAuthenticated() ? "本月清单尚未发布（登录后可查看实时数据）" : "本月清单尚未发布",
                "");
    }

    /** Live data needs a token with a role: anonymous readers of the legal web page see only what was published. */
    private boolean showsLive() {
        return config.pagesShowLive() && caller.isAuthenticated()
                && Roles.ALL.stream().anyMatch(caller::hasRole);
    }

    private record Shown(MonthlyList list, String state, String statusText, String query) {
    }

    private Response page(PageBody body) {
        if (!config.pagesPublic() && !caller.isAuthenticated()) {
            return error(new PageException(401, "未登录", "法制网页需要登录后查看。"));
        }
        try {
            return Response.ok(body.render()).build();
        } catch (PageException e) {
            return error(e);
        }
    }

    private Response error(PageException e) {
        return Response.status(e.status).entity(Templates.error(new Views.ErrorPage(e.status, e.title, e.getMessage())))
                .type(MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }

    @FunctionalInterface
    private interface PageBody {
        TemplateInstance render();
    }

    private static YearMonth parseMonth(String month) {
        if (month == null || !MONTH.matcher(month).matches()) {
            throw new PageException(400, "请求无效", "月份格式应为 2017-05。");
        }
        return YearMonth.parse(month);
    }

    static String label(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    private String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    private static final class PageException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String title;

        PageException(int status, String title, String message) {
            super(message);
            this.status = status;
            this.title = title;
        }
    }
}
