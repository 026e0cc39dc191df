package cn.kaoping.supervision.rest.accountability;

import static cn.kaoping.supervision.SupervisionError.CASE_NOT_FOUND;
import static cn.kaoping.supervision.SupervisionError.REQUIRED;

import cn.kaoping.contracts.supervision.RevisionKind;
import cn.kaoping.domain.DomainException;
import cn.kaoping.runtime.time.Now;
import cn.kaoping.supervision.accountability.LiabilityForm;
import cn.kaoping.supervision.accountability.LiabilityForms;
import cn.kaoping.supervision.accountability.Opinion;
import cn.kaoping.supervision.accountability.opening.CaseOpener;
import cn.kaoping.supervision.accountability.opening.OpenCase;
import cn.kaoping.supervision.accountability.proceeding.CaseProceedings;
import cn.kaoping.supervision.accountability.proceeding.CaseStep;
import cn.kaoping.supervision.accountability.proceeding.ProceedingDecision;
import cn.kaoping.supervision.query.accountability.CaseQuery;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** S2 执法过错责任追究: proposals, cases, their opinion, statement, submission, decision and revisions. */
@Path("/api/v1")
@Tag(name = "责任追究 Accountability")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountabilityResource {

    private final CaseQuery query;
    private final CaseOpener opener;
    private final CaseProceedings proceedings;
    private final LiabilityForms forms;
    private final CaseAccess access;
    private final Caller caller;
    private final Now now;

    AccountabilityResource(CaseQuery query, CaseOpener opener, CaseProceedings proceedings, LiabilityForms forms,
                           CaseAccess access, Caller caller, Now now) {
        this.query = query;
        this.opener = opener;
        this.proceedings = proceedings;
        this.forms = forms;
        this.access = access;
        this.caller = caller;
        this.now = now;
    }

    public record NewCase(@Size(max = Limits.ID) String officerId, @Size(max = Limits.ID) String proposalId,
                          @Size(max = Limits.TEXT) String reason) {
    }

    /** Texts of the proceedings are as long as the decision allows (ProceedingDecision.MAX_TEXT, a page or so). */
    public record Statement(@Size(max = ProceedingDecision.MAX_TEXT) String text) {
    }

    public record DecisionRequest(LocalDate decidedOn, @Size(max = Limits.CODE) String batch, CaseStep.Outcome outcome,
                                  @Size(max = Limits.LIST) List<@Size(max = Limits.CODE) String> forms,
                                  @Size(max = ProceedingDecision.MAX_TEXT) String grounds,
                                  @Size(max = ProceedingDecision.MAX_TEXT) String note) {
    }

    public record RevisionRequest(RevisionKind kind, LocalDate decidedOn, CaseStep.Outcome outcome,
                                  @Size(max = Limits.LIST) List<@Size(max = Limits.CODE) String> forms,
                                  @Size(max = ProceedingDecision.MAX_TEXT) String grounds,
                                  @Size(max = ProceedingDecision.MAX_TEXT) String note) {
    }

    @GET
    @Path("escalation-proposals")
    @Operation(operationId = "listEscalationProposals",
            summary = "追责建议及其事实 / What the rules propose for accountability, with the facts (REVIEWER, LEADERSHIP)")
    public Page<CaseQuery.ProposalView> proposals(@QueryParam("open") boolean openOnly, @Valid @BeanParam Paging paging) {
        caller.requireAnyRole(Roles.REVIEWER, Roles.LEADERSHIP);
        return paging.page(query.proposals(openOnly, paging.offset(), paging.limit()),
                () -> query.countProposals(openOnly));
    }

    @GET
    @Path("liability-forms")
    @Operation(operationId = "listLiabilityForms", summary = "追责方式 / The configurable forms of liability")
    public List<LiabilityForm> liabilityForms() {
        caller.requireAuthenticated();
        return forms.all();
    }

    @POST
    @Path("accountability-cases")
    @Operation(operationId = "openAccountabilityCase",
            summary = "立案（据建议或人工）/ Open a case for one officer, from a proposal or by hand (REVIEWER)")
    public Response open(@Valid NewCase request) {
        caller.requireAnyRole(Roles.REVIEWER);
        NewCase r = request == null ? new NewCase(null, null, null) : request;
        String id = opener.open(new OpenCase(UUID.randomUUID().toString(), blank(r.officerId()), blank(r.proposalId()),
                r.reason(), caller.actor(), now.instant())).caseId();
        return Response.status(Response.Status.CREATED).entity(view(id)).build();
    }

    @GET
    @Path("accountability-cases/{id}")
    @Operation(operationId = "getAccountabilityCase", summary = "追责案件 / A case (REVIEWER, LEADERSHIP, the officer)")
    public CaseView get(@PathParam("id") String id) {
        return CaseView.of(access.readable(id));
    }

    @PUT
    @Path("accountability-cases/{id}/opinion")
    @Operation(operationId = "editAccountabilityOpinion", summary = "修改意见书草稿 / Edit the draft opinion (REVIEWER)")
    public CaseView editOpinion(@PathParam("id") String id, @Valid Opinion opinion) {
        caller.requireAnyRole(Roles.REVIEWER);
        if (opinion == null) {
            throw DomainException.invalidField(REQUIRED, "opinion");
        }
        Instant at = now.instant();
        proceedings.edit(new CaseStep.EditOpinion(id, opinion, caller.actor(), at, now.today(at)));
        return view(id);
    }

    @POST
    @Path("accountability-cases/{id}/notification")
    @Consumes(MediaType.WILDCARD) // no body (API.md): a plain `curl -X POST` must do
    @Operation(operationId = "notifyAccountabilityCase",
            summary = "送达意见书，陈述申辩期开始 / Issue the opinion: the officer's statement period starts (REVIEWER)")
    public CaseView notify(@PathParam("id") String id) {
        caller.requireAnyRole(Roles.REVIEWER);
        Instant at = now.instant();
        proceedings.issue(new CaseStep.Issue(id, caller.actor(), at, now.today(at)));
        return view(id);
    }

    @POST
    @Path("accountability-cases/{id}/statement")
    @Operation(operationId = "stateAccountabilityCase",
            summary = "陈述申辩 / The officer's statement and defence, within the period (OFFICER, own case)")
    public CaseView statement(@PathParam("id") String id, @Valid Statement statement) {
        caller.requireAnyRole(Roles.OFFICER);
        Instant at = now.instant();
        proceedings.state(new CaseStep.State(id, statement == null ? null : statement.text(), caller.actor(), at,
                now.today(at)));
        return CaseView.of(access.readable(id));
    }

    @POST
    @Path("accountability-cases/{id}/submission")
    @Consumes(MediaType.WILDCARD) // no body (API.md)
    @Operation(operationId = "submitAccountabilityCase", summary = "提交局党委 / Submit to the party committee (REVIEWER)")
    public CaseView submit(@PathParam("id") String id) {
        caller.requireAnyRole(Roles.REVIEWER);
        Instant at = now.instant();
        proceedings.submit(new CaseStep.Submit(id, caller.actor(), at, now.today(at)));
        return view(id);
    }

    @POST
    @Path("accountability-cases/{id}/decision")
    @Operation(operationId = "decideAccountabilityCase",
            summary = "局党委决定 / The decision: liable with forms, or not liable with the ground (LEADERSHIP)")
    public CaseView decide(@PathParam("id") String id, @Valid DecisionRequest request) {
        caller.requireAnyRole(Roles.LEADERSHIP);
        DecisionRequest r = request == null ? new DecisionRequest(null, null, null, null, null, null) : request;
        Instant at = now.instant();
        proceedings.decide(new CaseStep.Decide(id, r.decidedOn(), r.batch(), r.outcome(), r.forms(), r.grounds(),
                r.note(), caller.actor(), at, now.today(at)));
        return view(id);
    }

    @POST
    @Path("accountability-cases/{id}/revisions")
    @Operation(operationId = "reviseAccountabilityDecision",
            summary = "复核或申诉结果（新记录，不修改原决定）/ A review or appeal outcome, recorded as new (LEADERSHIP)")
    public CaseView revise(@PathParam("id") String id, @Valid RevisionRequest request) {
        caller.requireAnyRole(Roles.LEADERSHIP);
        RevisionRequest r = request == null ? new RevisionRequest(null, null, null, null, null, null) : request;
        Instant at = now.instant();
        proceedings.revise(new CaseStep.Revise(id, r.kind(), r.decidedOn(), r.outcome(), r.forms(), r.grounds(),
                r.note(), caller.actor(), at, now.today(at)));
        return view(id);
    }

    private CaseView view(String id) {
        return CaseView.of(query.find(id).orElseThrow(() -> DomainException.notFound(CASE_NOT_FOUND, id)));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
