package cn.kaoping.evaluation.rest.rulebook;

import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.query.rulebook.RulebookVersionView;
import cn.kaoping.evaluation.query.rulebook.RulebookVersionsQuery;
import cn.kaoping.evaluation.query.whatif.WhatIfQuery;
import cn.kaoping.evaluation.rest.CommandSender;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import cn.kaoping.evaluation.rulebook.RulebookJson;
import cn.kaoping.evaluation.rulebook.publishing.PublishRulebookVersion;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.problem.NotFoundException;
import cn.kaoping.web.problem.ValidationException;
import cn.kaoping.web.request.QueryParams;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 执法质量考评细则 (E7): the version in force, the published versions, and publication of a new version by an
 * ADMIN in the JSON format of {@code rulebook/default-rulebook.json}.
 */
@Path("/api/v1/rulebook")
@Tag(name = "考评细则 Rulebook")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RulebookResource {

    private final RulebookCatalog rulebooks;
    private final RulebookVersionsQuery versions;
    private final CommandSender commands;
    private final BureauCalendar calendar;
    private final Caller caller;
    private final WhatIfQuery whatIf;

    RulebookResource(RulebookCatalog rulebooks, RulebookVersionsQuery versions, CommandSender commands,
                     BureauCalendar calendar, Caller caller, WhatIfQuery whatIf) {
        this.whatIf = whatIf;
        this.rulebooks = rulebooks;
        this.versions = versions;
        this.commands = commands;
        this.calendar = calendar;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getRulebookInForce", summary = "现行考评细则 / The rulebook in force",
            description = "今天（或 on 指定日期）结案的案卷所适用的版本。 / The version for files closed today, or on `on`.")
    public RulebookContent inForce(@QueryParam("on") @Parameter(description = "日期 / date, e.g. 2017-05-02") String on) {
        LocalDate date = QueryParams.date("on", on);
        LocalDate day = date == null ? calendar.dateOf(commands.now()) : date;
        return rulebooks.findInForceOn(day).map(Rulebook::content)
                .orElseThrow(() -> new NotFoundException("rulebook.noneInForce", day));
    }

    @GET
    @Path("versions")
    @Operation(operationId = "listRulebookVersions", summary = "已发布的细则版本 / Published versions", description = "按生效日期倒序 / latest effective first")
    public Page<RulebookVersionView> list(@BeanParam @Valid Paging paging) {
        return paging.page(versions.page(paging.offset(), paging.limit()), versions::count);
    }

    @GET
    @Path("versions/{versionId}")
    @Operation(operationId = "getRulebookVersion", summary = "一个细则版本的全文 / One version's content")
    public RulebookContent version(@PathParam("versionId") String versionId) {
        return versions.content(versionId).orElseThrow(() -> new NotFoundException("rulebook.notFound", versionId));
    }

    @POST
    @Path("versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishRulebookVersion", summary = "发布细则版本 / Publish a rulebook version",
            description = "仅管理员。内容经校验（权重合计 100、条目代码唯一、分值不超过上限、期限可解析），不合格时 400 "
                    + "RULEBOOK_INVALID 并列出各处错误；版本号已存在时 409 RULEBOOK_VERSION_EXISTS。新版本只适用于其生效日期及以后结案的案卷。"
                    + " / ADMIN only. Validated (400 RULEBOOK_INVALID with every error); an existing version id gives 409. "
                    + "A version applies to files closed on or after its effectiveFrom; existing cards never change.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RulebookContent.class)))
    @APIResponse(responseCode = "201", description = "已发布 / published")
    public Response publish(InputStream body) {
        RulebookContent content = read(body);
        if (content.versionId() != null && versions.exists(content.versionId())) {
            throw DomainException.conflict(ErrorCode.RULEBOOK_VERSION_EXISTS, content.versionId());
        }
        try {
            commands.send(new PublishRulebookVersion(content, caller.id(), commands.now()));
        } catch (AggregateStreamCreationException e) {
            // Published at the same moment by another request.
            throw DomainException.conflict(ErrorCode.RULEBOOK_VERSION_EXISTS, content.versionId());
        }
        RulebookVersionView published = versions.find(content.versionId()).orElseThrow();
        return Response.created(URI.create("/api/v1/rulebook/versions/" + content.versionId())).entity(published)
                .build();
    }

    @POST
    @Path("what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(operationId = "rulebookWhatIf", summary = "规则试算 / Rulebook what-if",
            description = "考评员、管理员。把考评月份在 [from, to] 内的每一份案卷，按其已存事件用草案细则重新计分（与聚合同一套计分代码），"
                    + "与已记录的结果（扣分、得分、等次、定性）并列；汇总按单位、按主办民警、按月列出现行与草案下的平均扣分与红牌"
                    + "（月平均扣分严格高于红牌阈值且案卷数不少于最少案卷数；现行用今日施行版本的阈值，草案用草案的阈值），"
                    + "以及等次改变的案卷。只改计价，不改事实：事实（扣分项、整改与否、异议撤销、送评时间与记录的期限）照旧；"
                    + "按条目默认分记录的扣分项取草案的默认分，其余保留记录的分值但不超过草案上限；草案缺少的条目不计分并列出。"
                    + "草案像发布一样校验（400 RULEBOOK_INVALID 列出各处错误）。不写入、不改变任何数据。案卷列表分页（page、size），汇总完整。"
                    + " / REVIEWER, ADMIN. Re-scores every file whose evaluation month is in [from, to] from its stored "
                    + "events under the draft (the aggregate's own scoring code), beside its recorded result; the summary "
                    + "gives per unit and per primary officer and month the average deduction and red card now (thresholds "
                    + "of the version in force today) and under the draft (its thresholds: average strictly above, with "
                    + "the minimum files), and the files whose grade changes. Facts stay as recorded; findings at their "
                    + "item's default take the draft's default, others keep their points capped at the draft's maximum; "
                    + "items the draft lacks count nothing. The draft is validated like a publication (400 "
                    + "RULEBOOK_INVALID). Nothing is appended or changed. Files are paged; the summary is whole.")
    @APIResponse(responseCode = "200", description = "试算结果 / the comparison",
            content = @Content(schema = @Schema(implementation = WhatIfResponse.class)))
    public WhatIfResponse whatIf(WhatIfRequest request, @BeanParam @Valid Paging paging) {
        if (request == null || request.rulebook() == null || request.rulebook().isNull()) {
            throw ValidationException.field("rulebook", "query.required");
        }
        YearMonth from = requiredMonth("from", request.from());
        YearMonth to = requiredMonth("to", request.to());
        if (from.isAfter(to)) {
            throw ValidationException.field("to", "query.toBeforeFrom", request.to(), request.from());
        }
        RulebookContent content;
        try {
            content = RulebookJson.read(request.rulebook());
        } catch (UncheckedIOException e) {
            throw new MalformedRulebookException(e.getCause());
        }
        Rulebook draft = Rulebook.of(content);
        return WhatIfResponse.of(whatIf.run(draft, from, to, calendar.dateOf(commands.now()), paging.offset(),
                paging.limit()), paging);
    }

    private static YearMonth requiredMonth(String field, String value) {
        YearMonth month = QueryParams.month(field, value);
        if (month == null) {
            throw ValidationException.field(field, "query.required");
        }
        return month;
    }

    /** Strictly: an unknown property in a rulebook is a typo that would silently drop a rule. */
    private static RulebookContent read(InputStream body) {
        try {
            RulebookContent content = RulebookJson.read(body);
            if (content == null) {
                throw new MalformedRulebookException(null);
            }
            return content;
        } catch (UncheckedIOException e) {
            throw new MalformedRulebookException(e.getCause());
        }
    }
}
