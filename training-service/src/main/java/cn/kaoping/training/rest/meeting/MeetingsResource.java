package cn.kaoping.training.rest.meeting;

import cn.kaoping.domain.DomainException;
import cn.kaoping.runtime.time.Now;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.TrainingSettings;
import cn.kaoping.training.meeting.Agenda;
import cn.kaoping.training.meeting.Meeting;
import cn.kaoping.training.meeting.MeetingState;
import cn.kaoping.training.meeting.Meetings;
import cn.kaoping.training.meeting.drafting.DraftMeeting;
import cn.kaoping.training.meeting.holding.RecordAttendance;
import cn.kaoping.training.meeting.relaying.RelayMeeting;
import cn.kaoping.training.query.meetings.MeetingsQuery;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.request.Limits;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 法制员例会 (T1): drafted and held by the brigade, relayed by each unit's legal officer. */
@Path("/api/v1/meetings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    private final Meetings meetings;
    private final MeetingsQuery query;
    private final Caller caller;
    private final Now now;
    private final TrainingSettings settings;

    MeetingsResource(Meetings meetings, MeetingsQuery query, Caller caller, Now now,
                     TrainingSettings settings) {
        this.meetings = meetings;
        this.query = query;
        this.caller = caller;
        this.now = now;
        this.settings = settings;
    }

    public record NewMeeting(@Size(max = Limits.CODE) String month, LocalDate heldOn,
                             @Size(max = Limits.LABEL) String place) {
    }

    public record Attendance(@Size(max = Limits.PEOPLE) List<@Size(max = Limits.ID) String> present,
                             @Size(max = Limits.PEOPLE) List<RecordAttendance.@Valid Absence> absent) {
    }

    public record Relay(LocalDate heldOn, @Size(max = Limits.PEOPLE) List<@Size(max = Limits.ID) String> attendeeIds) {
    }

    /** A meeting as the portal shows it. */
    public record MeetingView(String id, YearMonth month, LocalDate heldOn, String place, MeetingState state,
                              Agenda agenda, List<MeetingsQuery.AttendanceLine> attendance,
                              List<MeetingsQuery.RelayLine> relays, String createdBy, Instant createdAt,
                              String updatedBy, Instant updatedAt, Instant heldAt, String heldBy) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "draftMeeting", summary = "起草例会 / Draft a month's meeting",
            description = "议程由数据生成：当月数据、十大常见问题、各单位情况、红牌民警、上次例会后录入的法规。")
    public Response draft(@Valid NewMeeting body) {
        NewMeeting m = body == null ? new NewMeeting(null, null, null) : body;
        YearMonth month = monthField(m.month());
        Meeting meeting = meetings.draft(new DraftMeeting(UUID.randomUUID().toString(), month, m.heldOn(), m.place(),
                caller.id(), now.instant()));
        return Response.created(URI.create("/api/v1/meetings/" + meeting.id())).entity(view(meeting)).build();
    }

    @GET
    @Operation(operationId = "listMeetings", summary = "例会列表 / Meetings")
    public Page<MeetingView> list(@QueryParam("month") @Size(max = Limits.CODE) String month, @BeanParam @Valid Paging paging) {
        YearMonth m = QueryParams.month("month", month);
        return paging.page(query.page(m, paging.offset(), paging.limit()).stream().map(this::view).toList(),
                () -> query.count(m));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMeeting", summary = "例会 / One meeting")
    public MeetingView get(@PathParam("id") String id) {
        return view(found(id));
    }

    @PUT
    @Path("{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "editMeetingAgenda", summary = "编辑议程 / Edit the agenda until the meeting is held")
    public MeetingView editAgenda(@PathParam("id") String id, @Valid Agenda agenda) {
        return view(meetings.editAgenda(id, agenda, caller.id(), now.instant()));
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "recordMeetingAttendance", summary = "登记出席，例会即召开 / Record attendance; the meeting is held")
    public MeetingView attendance(@PathParam("id") String id, @Valid Attendance body) {
        Attendance a = body == null ? new Attendance(null, null) : body;
        return view(meetings.recordAttendance(new RecordAttendance(id, a.present(), a.absent(), caller.id(),
                now.instant())));
    }

    @POST
    @Path("{id}/relays")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNIT_LEGAL_OFFICER)
    @Operation(operationId = "relayMeeting", summary = "以会代训：本单位传达 / The legal officer relayed the meeting in his unit")
    public Response relay(@PathParam("id") String id, @Valid Relay body) {
        if (caller.unitId() == null) {
            throw DomainException.notPermitted(TrainingError.NOT_A_LEGAL_OFFICER_OF_UNIT);
        }
        Relay r = body == null ? new Relay(null, null) : body;
        meetings.relay(new RelayMeeting(id, caller.unitId(), caller.id(), r.heldOn(), r.attendeeIds(), now.instant()));
        return Response.status(Response.Status.CREATED).entity(view(found(id))).build();
    }

    @GET
    @Path("attendance")
    @RolesAllowed({Roles.REVIEWER, Roles.LEADERSHIP, Roles.ADMIN, Roles.UNIT_LEGAL_OFFICER})
    @Operation(operationId = "meetingAttendanceOfYear", summary = "法制员年度出席情况 / Attendance per legal officer in a year")
    public List<MeetingsQuery.OfficerAttendance> attendanceOfYear(@QueryParam("year") @Size(max = Limits.CODE) String year,
                                                                  @QueryParam("unitId") @Size(max = Limits.ID) String unitId) {
        AccessScope scope = AccessScope.of(caller).narrow(unitId, null);
        Integer y = QueryParams.integer("year", year);
        return query.attendanceOfYear(y == null ? now.today().getYear() : y,
                scope.unitId());
    }

    @GET
    @Path("unrelayed")
    @RolesAllowed({Roles.REVIEWER, Roles.LEADERSHIP, Roles.ADMIN, Roles.UNIT_LEGAL_OFFICER})
    @Operation(operationId = "unrelayedMeetings", summary = "未按时传达的单位 / Units that have not relayed a held meeting in time")
    public List<MeetingsQuery.UnrelayedUnit> unrelayed(@QueryParam("asOf") @Size(max = Limits.CODE) String asOf,
                                                       @QueryParam("unitId") @Size(max = Limits.ID) String unitId) {
        AccessScope scope = AccessScope.of(caller).narrow(unitId, null);
        LocalDate day = QueryParams.date("asOf", asOf);
        return query.unrelayed(day == null ? now.today() : day,
                (int) settings.relayWithin().toDays(), scope.unitId());
    }

    private Meeting found(String id) {
        return meetings.find(id).orElseThrow(() -> DomainException.notFound(TrainingError.MEETING_NOT_FOUND, id));
    }

    private MeetingView view(Meeting m) {
        return new MeetingView(m.id(), m.month(), m.heldOn(), m.place(), m.state(), m.agenda(),
                query.attendance(m.id()), query.relays(m.id()), m.createdBy(), m.createdAt(), m.updatedBy(),
                m.updatedAt(), m.heldAt(), m.heldBy());
    }

    private static YearMonth monthField(String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalidField(TrainingError.REQUIRED, "month");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalidField(TrainingError.NOT_A_PERIOD, "month", value);
        }
    }
}
