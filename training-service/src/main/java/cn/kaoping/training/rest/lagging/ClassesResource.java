package cn.kaoping.training.rest.lagging;

import cn.kaoping.domain.DomainException;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.lagging.Classes;
import cn.kaoping.training.lagging.SelfCheckRow;
import cn.kaoping.training.lagging.enrolling.OpenClass;
import cn.kaoping.training.lagging.examining.ExamDecision;
import cn.kaoping.training.query.lagging.LaggingQuery;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 后进民警培训班 (T3): the class, each trainee's 自查表 (only he and the brigade see it) and his mock-case exam. */
@Path("/api/v1/classes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ClassesResource {

    private final Classes classes;
    private final LaggingQuery query;
    private final Caller caller;
    private final Clock clock;

    ClassesResource(Classes classes, LaggingQuery query, Caller caller, Clock clock) {
        this.classes = classes;
        this.query = query;
        this.caller = caller;
        this.clock = clock;
    }

    public record NewClass(@Size(max = Limits.NAME) String title, LocalDate startsOn, LocalDate endsOn,
                           @Size(max = Limits.PEOPLE) List<@Size(max = Limits.ID) String> traineeIds) {
    }

    public record SelfCheckList(String classId, String officerId, List<SelfCheckRow> rows) {
    }

    public record SelfCheckInput(@Size(max = Limits.LIST) List<Classes.@Valid Entry> rows) {
    }

    public record Exam(LocalDate heldOn, BigDecimal score) {
    }

    public record ExamAnswer(BigDecimal score, ExamDecision.Outcome outcome, int attempt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "openClass", summary = "开办后进民警培训班 / Open a lagging-officer class")
    public Response open(@Valid NewClass body) {
        NewClass c = body == null ? new NewClass(null, null, null, null) : body;
        String id = UUID.randomUUID().toString();
        classes.open(new OpenClass(id, c.title(), c.startsOn(), c.endsOn(), c.traineeIds(), caller.id(),
                clock.instant()));
        return Response.created(URI.create("/api/v1/classes/" + id)).entity(query.trainingClass(id).orElseThrow())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.LEADERSHIP})
    @Operation(operationId = "getClass", summary = "培训班 / A class with its trainees and exams")
    public LaggingQuery.ClassView get(@PathParam("id") String id) {
        return query.trainingClass(id).orElseThrow(() -> DomainException.notFound(TrainingError.CLASS_NOT_FOUND, id));
    }

    @GET
    @Path("{id}/trainees/{officerId}/self-check")
    @Operation(operationId = "getSelfCheck", summary = "自查表 / The trainee's self-check list",
            description = "仅本人（OFFICER）和法制大队（REVIEWER）可见。 / Only the trainee and the brigade see it.")
    public SelfCheckList selfCheck(@PathParam("id") String id, @PathParam("officerId") String officerId) {
        if (!caller.hasRole(Roles.REVIEWER)) {
            requireTrainee(officerId);
        }
        return new SelfCheckList(id, officerId, classes.selfCheck(id, officerId));
    }

    @PUT
    @Path("{id}/trainees/{officerId}/self-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fillSelfCheck", summary = "填写自查与认识 / The trainee fills in his self-check",
            description = "仅本人。 rows: [{caseFileId, findingId, selfCheck, understanding}]")
    public SelfCheckList fill(@PathParam("id") String id, @PathParam("officerId") String officerId,
                              @Valid SelfCheckInput body) {
        requireTrainee(officerId);
        classes.fillSelfCheck(id, officerId, body == null || body.rows() == null ? List.of() : body.rows(),
                clock.instant());
        return new SelfCheckList(id, officerId, classes.selfCheck(id, officerId));
    }

    @POST
    @Path("{id}/trainees/{officerId}/exams")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "recordExam", summary = "模拟案件考试 / A mock-case exam",
            description = "score 0–100；合格线与补考次数为配置。 → PASSED, RETAKE or FAILED")
    public Response exam(@PathParam("id") String id, @PathParam("officerId") String officerId, Exam body) {
        Exam e = body == null ? new Exam(null, null) : body;
        ExamDecision.Result r = classes.exam(id, officerId, e.heldOn(), e.score(), caller.actor(), clock.instant());
        return Response.status(Response.Status.CREATED).entity(new ExamAnswer(r.score(), r.outcome(), r.attempt()))
                .build();
    }

    private void requireTrainee(String officerId) {
        caller.requireAuthenticated();
        if (!officerId.equals(caller.id())) {
            throw DomainException.notPermitted(TrainingError.NOT_THE_TRAINEE);
        }
    }
}
