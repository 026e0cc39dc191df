package cn.kaoping.evaluation.rest.casefiles;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.casefile.CaseFileState;
import cn.kaoping.evaluation.casefile.registering.RegisterCaseFile;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.Refusals;
import cn.kaoping.evaluation.query.Constraints;
import cn.kaoping.evaluation.query.casefiles.CardView;
import cn.kaoping.evaluation.query.casefiles.CaseFileFilter;
import cn.kaoping.evaluation.query.casefiles.CaseFileView;
import cn.kaoping.evaluation.query.casefiles.CaseFilesQuery;
import cn.kaoping.evaluation.query.officers.OfficerView;
import cn.kaoping.evaluation.query.officers.OfficersQuery;
import cn.kaoping.evaluation.query.units.UnitsQuery;
import cn.kaoping.evaluation.rest.CommandSender;
import cn.kaoping.evaluation.rest.Limits;
import cn.kaoping.evaluation.rest.Lists;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.problem.AccessDeniedException;
import cn.kaoping.web.request.QueryParams;
import cn.kaoping.web.security.AccessScope;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 行政案卷 (E1, E8): registration of a closed file, its state and history, its cards, and the search. What may
 * be seen follows {@link CaseFileAccess} (the platform's {@code AccessScope}).
 */
@Path("/api/v1/case-files")
@Tag(name = "案卷 Case files")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CaseFilesResource {

    private final CommandSender commands;
    private final CaseFilesQuery files;
    private final UnitsQuery units;
    private final OfficersQuery officers;
    private final CaseFileAccess access;
    private final Caller caller;

    CaseFilesResource(CommandSender commands, CaseFilesQuery files, UnitsQuery units, OfficersQuery officers,
                      CaseFileAccess access, Caller caller) {
        this.commands = commands;
        this.files = files;
        this.units = units;
        this.officers = officers;
        this.access = access;
        this.caller = caller;
    }

    /** E1: a closed administrative case file. */
    @Schema(description = "登记已结案的行政案卷 / Register a closed administrative case file")
    public record NewCaseFile(
            @Schema(description = "案件编号，全局唯一 / case number, unique", examples = "城公（治）行罚决字〔2017〕0101号")
            @Size(max = 100) String caseNumber,
            @Schema(description = "案件类型 / kind") CaseKind kind,
            @Schema(description = "办案单位 / handling unit") @Size(max = Limits.ID) String unitId,
            @Schema(description = "主办民警（须属办案单位） / primary officer, of the handling unit")
            @Size(max = Limits.ID) String primaryOfficerId,
            @Schema(description = "协办民警，至多 20 人 / co-handlers, at most 20")
            @Size(max = Limits.CO_HANDLERS) List<@Size(max = Limits.ID) String> coHandlerIds,
            @Schema(description = "结案日期，不得晚于今天 / closing date, not in the future", examples = "2017-03-10")
            LocalDate closedOn) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEGAL_OFFICER, Roles.ADMIN})
    @Operation(operationId = "registerCaseFile", summary = "登记案卷 / Register a case file",
            description = "本单位法制员或管理员。送评期限 = 结案日期 + 细则规定期限（默认 1 个月）；已过期的案卷立即记为不送评。"
                    + "案件编号重复 409 DUPLICATE_CASE_NUMBER；单位或民警未登记 400 UNKNOWN_UNIT / UNKNOWN_OFFICER；"
                    + "办案民警已注销 400 HANDLING_OFFICER_DEACTIVATED；"
                    + "结案日期晚于今天 400 CLOSED_ON_IN_FUTURE。 / The unit's legal officer or an ADMIN. Due for "
                    + "submission closedOn + the rulebook's period (1 month); a file already past it is overdue at once. "
                    + "A case number in use gives 409, an unknown unit or officer 400, a deactivated handling officer 400, "
                    + "a future closedOn 400.")
    @APIResponse(responseCode = "201", description = "已登记：id、state、submissionDueOn 等 / registered")
    public Response register(@Valid NewCaseFile caseFile) {
        NewCaseFile request = caseFile == null ? new NewCaseFile(null, null, null, null, null, null) : caseFile;
        if (!caller.hasRole(Roles.ADMIN) && request.unitId() != null && !caller.isOfUnit(request.unitId())) {
            throw new AccessDeniedException("access.unit");
        }
        Lists.requireNoNulls("coHandlerIds", request.coHandlerIds());
        requireKnownUnitAndOfficers(request);
        String caseNumber = request.caseNumber() == null ? null : request.caseNumber().strip();
        if (caseNumber != null && files.caseNumberTaken(caseNumber)) {
            throw DomainException.conflict(ErrorCode.DUPLICATE_CASE_NUMBER, caseNumber);
        }
        String caseFileId = UUID.randomUUID().toString();
        RegisterCaseFile command = new RegisterCaseFile(caseFileId, request.caseNumber(), request.kind(),
                request.unitId(), request.primaryOfficerId(), request.coHandlerIds(), request.closedOn(), caller.id(),
                commands.now());
        commands.sendClaiming(command, Constraints.CASE_NUMBER,
                () -> DomainException.conflict(ErrorCode.DUPLICATE_CASE_NUMBER, caseNumber));
        CaseFileView registered = files.find(caseFileId).orElseThrow();
        return Response.created(URI.create("/api/v1/case-files/" + caseFileId))
                .entity(CaseFileDetail.of(registered, files)).build();
    }

    /**
     * The unit and officers must be registered and in service, the primary officer of the file's unit now (blank
     * ones: the domain says REQUIRED).
     */
    private void requireKnownUnitAndOfficers(NewCaseFile request) {
        List<FieldError> errors = new ArrayList<>();
        if (present(request.unitId()) && !units.exists(request.unitId())) {
            errors.add(FieldError.of("unitId", ErrorCode.UNKNOWN_UNIT, request.unitId()));
        }
        if (present(request.primaryOfficerId())) {
            Optional<OfficerView> primary = officers.find(request.primaryOfficerId());
            if (primary.isEmpty()) {
                errors.add(FieldError.of("primaryOfficerId", ErrorCode.UNKNOWN_OFFICER, request.primaryOfficerId()));
            } else if (!primary.get().active()) {
                errors.add(deactivated("primaryOfficerId", primary.get()));
            } else if (present(request.unitId()) && !primary.get().unitId().equals(request.unitId())) {
                errors.add(FieldError.of("primaryOfficerId", ErrorCode.OFFICER_NOT_OF_UNIT, request.primaryOfficerId(),
                        request.unitId()));
            }
        }
        List<String> coHandlers = request.coHandlerIds() == null ? List.of() : request.coHandlerIds();
        for (int i = 0; i < coHandlers.size(); i++) {
            if (!present(coHandlers.get(i))) {
                continue;
            }
            Optional<OfficerView> coHandler = officers.find(coHandlers.get(i));
            if (coHandler.isEmpty()) {
                errors.add(FieldError.of("coHandlerIds[" + i + "]", ErrorCode.UNKNOWN_OFFICER, coHandlers.get(i)));
            } else if (!coHandler.get().active()) {
                errors.add(deactivated("coHandlerIds[" + i + "]", coHandler.get()));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }
    }

    /** A deactivated officer handles no new file (his earlier files stay his). */
    private static FieldError deactivated(String field, OfficerView officer) {
        return FieldError.of(field, ErrorCode.HANDLING_OFFICER_DEACTIVATED, officer.id(), officer.deactivatedOn());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCaseFile", summary = "案卷详情 / A case file",
            description = "状态、期限、各次考评、得分、等次与事件历史；按角色与单位可见。 / State, deadlines, rounds, score, "
                    + "grade and history; visible by role and unit.")
    public CaseFileDetail get(@PathParam("id") String id) {
        return CaseFileDetail.of(access.readable(id), files);
    }

    @GET
    @Path("{id}/cards")
    @Operation(operationId = "listEvaluationCards", summary = "考评卡 / The cards of a file", description = "每次考评一张（一案一表） / one card per round")
    public List<CardView> cards(@PathParam("id") String id) {
        return files.cards(access.readable(id).id());
    }

    @GET
    @Operation(operationId = "searchCaseFiles", summary = "查询案卷 / Search case files",
            description = "考评员、领导、管理员可查全部；法制员查本单位；民警查本人承办的案卷。reviewedFrom/reviewedTo 按任一次考评日期。"
                    + " / Reviewers, leadership and ADMINs see all; a legal officer his unit; an officer his own files. "
                    + "reviewedFrom/To match either review's date.")
    public Page<CaseFileView> search(
            @QueryParam("unitId") @Parameter(description = "办案单位 / unit") String unitId,
            @QueryParam("officerId") @Parameter(description = "主办或协办民警 / primary officer or co-handler") String officerId,
            @QueryParam("state") @Parameter(description = "REGISTERED, PRE_REVIEWED, SUBMITTED, REVIEWED, RESUBMITTED, CLOSED")
            String state,
            @QueryParam("reviewedFrom") @Parameter(description = "考评日期起 / reviewed on or after") String reviewedFrom,
            @QueryParam("reviewedTo") @Parameter(description = "考评日期止 / reviewed on or before") String reviewedTo,
            @BeanParam @Valid Paging paging) {
        // The request's unit and officer only ever narrow what the caller may see (403 for another unit or officer).
        AccessScope scope = access.scope().narrow(blankToNull(unitId), blankToNull(officerId));
        CaseFileFilter filter = new CaseFileFilter(scope.unitId(), scope.officerId(),
                QueryParams.constant("state", state, CaseFileState.class),
                QueryParams.date("reviewedFrom", reviewedFrom), QueryParams.date("reviewedTo", reviewedTo));
        return paging.page(files.search(filter, paging.offset(), paging.limit()), () -> files.count(filter));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** For the sub-resources: the detail after a command. */
    static CaseFileDetail detail(CaseFilesQuery files, String caseFileId) {
        return CaseFileDetail.of(files.find(caseFileId).orElseThrow(), files);
    }
}
