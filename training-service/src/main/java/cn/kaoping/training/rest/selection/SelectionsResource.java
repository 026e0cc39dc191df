package cn.kaoping.training.rest.selection;

import cn.kaoping.contracts.training.SelectedFile;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.Period;
import cn.kaoping.training.Periods;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.TrainingSettings;
import cn.kaoping.training.selection.Candidate;
import cn.kaoping.training.selection.Ranking;
import cn.kaoping.training.selection.Selection;
import cn.kaoping.training.selection.SelectionState;
import cn.kaoping.training.selection.Selections;
import cn.kaoping.training.selection.choosing.ChooseFiles;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
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
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 十佳十差 (T2): the brigade opens a period's selection, the panel chooses, the brigade confirms. */
@Path("/api/v1/selections")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.APPLICATION_JSON)
public class SelectionsResource {

    private final Selections selections;
    private final TrainingSettings settings;
    private final Caller caller;
    private final Clock clock;

    SelectionsResource(Selections selections, TrainingSettings settings, Caller caller, Clock clock) {
        this.selections = selections;
        this.settings = settings;
        this.caller = caller;
        this.clock = clock;
    }

    public record NewSelection(@Size(max = Limits.CODE) String period, Integer size) {
    }

    public record Choice(@Size(max = Limits.LIST) List<@Size(max = Limits.ID) String> best,
                         @Size(max = Limits.LIST) List<@Size(max = Limits.ID) String> worst,
                         @Size(max = Limits.LIST) List<@Size(max = Limits.ID) String> panelIds,
                         @Size(max = Limits.TEXT) String notes) {
    }

    /** A selection as the portal shows it: the ranked candidates, the panel's choice, the frozen result. */
    public record SelectionView(String id, String period, LocalDate periodStart, LocalDate periodEnd, int size,
                                SelectionState state, List<Candidate> bestCandidates, List<Candidate> worstCandidates,
                                List<String> best, List<String> worst, List<String> panelIds, String notes,
                                List<SelectedFile> confirmedBest, List<SelectedFile> confirmedWorst, String createdBy,
                                Instant createdAt, String updatedBy, Instant updatedAt, String confirmedBy,
                                Instant confirmedAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openSelection", summary = "发起十佳十差评选 / Open a period's selection",
            description = "period: 2026-Q3, 2026-H1 or 2026; size: at most kaoping.training.selection-size (10).")
    public Response open(@Valid NewSelection body) {
        NewSelection s = body == null ? new NewSelection(null, null) : body;
        if (s.period() == null || s.period().isBlank()) {
            throw DomainException.invalidField(TrainingError.REQUIRED, "period");
        }
        Period period = Periods.selection("period", s.period());
        int size = s.size() == null ? settings.selectionSize() : s.size();
        Selection selection = selections.open(UUID.randomUUID().toString(), period, size, settings.selectionSize(),
                caller.id(), clock.instant());
        return Response.created(URI.create("/api/v1/selections/" + selection.id())).entity(view(selection)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSelection", summary = "评选 / One selection with its ranked candidates")
    public SelectionView get(@PathParam("id") String id) {
        return view(selections.find(id)
                .orElseThrow(() -> DomainException.notFound(TrainingError.SELECTION_NOT_FOUND, id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chooseSelectionFiles", summary = "评审组选定 / The panel's choice",
            description = "同一案卷不能同时入选十佳和十差（400），一票否决案卷不能入选十佳（409），无扣分案卷不能入选十差（409）。")
    public SelectionView choose(@PathParam("id") String id, @Valid Choice body) {
        Choice c = body == null ? new Choice(null, null, null, null) : body;
        return view(selections.choose(new ChooseFiles(id, c.best(), c.worst(), c.panelIds(), c.notes(), caller.id(),
                clock.instant())));
    }

    @POST
    @Path("{id}/confirmation")
    @Operation(operationId = "confirmSelection", summary = "确认并发布 / Confirm and publish",
            description = "确认后不可更改，并发布 SelectionConfirmed 事件。 / Immutable once confirmed; published as an event.")
    public SelectionView confirm(@PathParam("id") String id) {
        return view(selections.confirm(id, caller.actor(), clock.instant()));
    }

    private SelectionView view(Selection s) {
        List<Candidate> files = selections.candidates(s);
        return new SelectionView(s.id(), s.period(), s.periodStart(), s.periodEnd(), s.size(), s.state(),
                Ranking.best(files), Ranking.worst(files), s.best(), s.worst(), s.panelIds(), s.notes(),
                s.confirmed() == null ? List.of() : s.confirmed().best(),
                s.confirmed() == null ? List.of() : s.confirmed().worst(), s.createdBy(), s.createdAt(),
                s.updatedBy(), s.updatedAt(), s.confirmedBy(), s.confirmedAt());
    }
}
