package cn.kaoping.training.rest.pages;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.kaoping.contracts.training.SelectionConfirmed;
import cn.kaoping.runtime.directory.Directory;
import cn.kaoping.runtime.time.BureauSettings;
import cn.kaoping.training.meeting.Meeting;
import cn.kaoping.training.meeting.Meetings;
import cn.kaoping.training.query.lagging.LaggingQuery;
import cn.kaoping.training.query.meetings.MeetingsQuery;
import cn.kaoping.training.selection.Selection;
import cn.kaoping.training.selection.SelectionState;
import cn.kaoping.training.selection.Selections;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;

/**
 * Printable pages in Chinese for the intranet (no script, no external asset, print CSS from the platform): a
 * meeting's agenda, a confirmed 十佳十差 selection (for the legal web site), a class.
 */
@Tag(name = "打印页 Printable pages")
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance meeting(Meeting meeting, List<MeetingsQuery.AttendanceLine> attendance,
                                               List<MeetingsQuery.RelayLine> relays, String bureau);

        static native TemplateInstance selection(SelectionConfirmed selection, List<Line> best, List<Line> worst,
                                                 String bureau);

        static native TemplateInstance trainingClass(LaggingQuery.ClassView view, String bureau);

        static native TemplateInstance notFound(String what);
    }

    /** A file of a confirmed list as the legal web site prints it. */
    public record Line(int rank, String caseNumber, String unitName, String officerName, BigDecimal finalScore,
                       String grade, boolean veto) {
    }

    private final Meetings meetings;
    private final MeetingsQuery meetingsQuery;
    private final Selections selections;
    private final LaggingQuery lagging;
    private final Directory directory;
    private final BureauSettings bureau;

    PagesResource(Meetings meetings, MeetingsQuery meetingsQuery, Selections selections, LaggingQuery lagging,
                  Directory directory, BureauSettings bureau) {
        this.meetings = meetings;
        this.meetingsQuery = meetingsQuery;
        this.selections = selections;
        this.lagging = lagging;
        this.directory = directory;
        this.bureau = bureau;
    }

    @Operation(operationId = "meetingPage", summary = "例会议程打印页 / Printable meeting agenda",
            description = "中文打印页。 / A printable page in Chinese.")
    @GET
    @Path("meetings/{id}")
    public Response meeting(@PathParam("id") String id) {
        return meetings.find(id)
                .map(m -> ok(Templates.meeting(m, meetingsQuery.attendance(id), meetingsQuery.relays(id), bureau.name())))
                .orElseGet(() -> notFound("例会"));
    }

    /** Only a confirmed selection is published; a draft is not found. */
    @Operation(operationId = "selectionPage", summary = "十佳十差打印页 / Printable selection",
            description = "已确认的十佳十差，供法制网刊登。 / A confirmed ten best and ten worst, for the legal web site.")
    @GET
    @Path("selections/{id}")
    public Response selection(@PathParam("id") String id) {
        return selections.find(id).filter(s -> s.state() == SelectionState.CONFIRMED)
                .map(Selection::confirmed)
                .map(c -> ok(Templates.selection(c, lines(c.best()), lines(c.worst()), bureau.name())))
                .orElseGet(() -> notFound("十佳十差评选结果"));
    }

    @Operation(operationId = "trainingClassPage", summary = "培训班打印页 / Printable class",
            description = "中文打印页。 / A printable page in Chinese.")
    @GET
    @Path("classes/{id}")
    public Response trainingClass(@PathParam("id") String id) {
        return lagging.trainingClass(id).map(c -> ok(Templates.trainingClass(c, bureau.name())))
                .orElseGet(() -> notFound("培训班"));
    }

    private List<Line> lines(List<cn.kaoping.contracts.training.SelectedFile> files) {
        return files.stream().map(f -> new Line(f.rank(), f.caseNumber(), directory.unitName(f.unitId()),
                directory.officerName(f.primaryOfficerId()), f.finalScore(), gradeLabel(f.grade()), f.veto())).toList();
    }

    private static String gradeLabel(cn.kaoping.contracts.evaluation.Grade grade) {
        return grade == null ? "" : switch (grade) {
            case EXCELLENT -> "优秀";
            case PASS -> "合格";
            case FAIL -> "不合格";
        };
    }

    private static Response ok(TemplateInstance page) {
        return Response.ok(page.render()).build();
    }

    private static Response notFound(String what) {
        return Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound(what).render()).build();
    }
}
