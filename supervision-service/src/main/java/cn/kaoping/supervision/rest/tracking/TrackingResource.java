package cn.kaoping.supervision.rest.tracking;

import static cn.kaoping.supervision.SupervisionError.CASE_FILE_UNKNOWN;
import static cn.kaoping.supervision.SupervisionError.KIND_NEEDS_CASE_FILE;
import static cn.kaoping.supervision.SupervisionError.KIND_NEEDS_OFFICER;
import static cn.kaoping.supervision.SupervisionError.OFFICER_UNKNOWN;
import static cn.kaoping.supervision.SupervisionError.REQUIRED;
import static cn.kaoping.supervision.SupervisionError.TRACKING_ITEM_NOT_FOUND;

import cn.kaoping.contracts.supervision.TrackingKind;
import cn.kaoping.contracts.supervision.TrackingReason;
import cn.kaoping.domain.DomainException;
import cn.kaoping.runtime.directory.Directory;
import cn.kaoping.runtime.time.Now;
import cn.kaoping.supervision.query.tracking.TrackingQuery;
import cn.kaoping.supervision.tracking.TrackingState;
import cn.kaoping.supervision.tracking.acting.ActionType;
import cn.kaoping.supervision.tracking.acting.ItemAction;
import cn.kaoping.supervision.tracking.acting.ItemActions;
import cn.kaoping.supervision.tracking.opening.ItemOpener;
import cn.kaoping.supervision.tracking.opening.OpenItem;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.problem.AccessDeniedException;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.request.QueryParams;
import cn.kaoping.web.security.AccessScope;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** S1 重点跟踪督办: key persons and key files under tracking. */
@Path("/api/v1/tracking-items")
@Tag(name = "重点跟踪 Tracking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrackingResource {

    private final TrackingQuery query;
    private final ItemOpener opener;
    private final ItemActions actions;
    private final Directory directory;
    private final Caller caller;
    private final Now now;

    TrackingResource(TrackingQuery query, ItemOpener opener, ItemActions actions, Directory directory, Caller caller,
                     Now now) {
        this.query = query;
        this.opener = opener;
        this.actions = actions;
        this.directory = directory;
        this.caller = caller;
        this.now = now;
    }

    /** Opening by hand: {@code officerId} for a key person, {@code caseFileId} for a key file. */
    public record OpenRequest(TrackingKind kind, @Size(max = Limits.ID) String officerId,
                              @Size(max = Limits.ID) String caseFileId, TrackingReason reason,
                              LocalDate dueOn, @Size(max = Limits.TEXT) String note) {
    }

    public record ActionRequest(ActionType type, @Size(max = Limits.TEXT) String note, LocalDate dueOn) {
    }

    @GET
    @Operation(operationId = "listTrackingItems", summary = "跟踪督办事项 / Tracking items, by role and unit")
    public Page<TrackingQuery.ItemView> list(@QueryParam("state") @Size(max = Limits.CODE) String state,
                                             @QueryParam("unitId") @Size(max = Limits.ID) String unitId,
                                             @QueryParam("officerId") @Size(max = Limits.ID) String officerId, @Valid @BeanParam Paging paging) {
        TrackingState stateFilter = QueryParams.constant("state", state, TrackingState.class);
        AccessScope scope = AccessScope.of(caller).narrow(blank(unitId), blank(officerId));
        TrackingQuery.Filter filter = new TrackingQuery.Filter(stateFilter == null ? null : stateFilter.name(),
                scope.unitId(), scope.officerId());
        return paging.page(query.list(filter, paging.offset(), paging.limit()), () -> query.count(filter));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTrackingItem", summary = "一个跟踪督办事项及其记录 / One tracking item with its history")
    public TrackingQuery.ItemView get(@PathParam("id") String id) {
        AccessScope scope = AccessScope.of(caller);
        TrackingQuery.ItemView item = query.find(id)
                .orElseThrow(() -> DomainException.notFound(TRACKING_ITEM_NOT_FOUND, id));
        scope.require(item.unitId(), java.util.List.of(item.officerId()));
        return item;
    }

    @POST
    @Operation(operationId = "openTrackingItem", summary = "人工立项跟踪 / Open an item by hand (REVIEWER)")
    public Response open(@Valid OpenRequest request) {
        caller.requireAnyRole(Roles.REVIEWER);
        OpenRequest r = request == null ? new OpenRequest(null, null, null, null, null, null) : request;
        if (r.kind() == null) {
            throw DomainException.invalidField(REQUIRED, "kind");
        }
        if (r.dueOn() == null) {
            throw DomainException.invalidField(REQUIRED, "dueOn");
        }
        TrackingReason reason = r.reason() == null ? TrackingReason.MANUAL : r.reason();
        Instant at = now.instant();
        OpenItem command;
        if (r.kind() == TrackingKind.KEY_PERSON) {
            if (blank(r.officerId()) == null) {
                throw DomainException.invalidField(KIND_NEEDS_OFFICER, "officerId");
            }
            Directory.Officer officer = directory.officer(r.officerId())
                    .orElseThrow(() -> DomainException.invalidField(OFFICER_UNKNOWN, "officerId", r.officerId()));
            command = new OpenItem(UUID.randomUUID().toString(), r.kind(), reason, officer.officerId(), officer.unitId(),
                    null, null, null, r.dueOn(), null, r.note(), caller.actor(), at, now.today(at));
        } else {
            if (blank(r.caseFileId()) == null) {
                throw DomainException.invalidField(KIND_NEEDS_CASE_FILE, "caseFileId");
            }
            TrackingQuery.KnownFile file = query.file(r.caseFileId())
                    .orElseThrow(() -> DomainException.invalidField(CASE_FILE_UNKNOWN, "caseFileId", r.caseFileId()));
            command = new OpenItem(UUID.randomUUID().toString(), r.kind(), reason, file.officerId(), file.unitId(),
                    file.caseFileId(), file.caseNumber(), null, r.dueOn(), null, r.note(), caller.actor(), at,
                    now.today(at));
        }
        String id = opener.openByHand(command).itemId();
        return Response.status(Response.Status.CREATED).entity(query.find(id).orElseThrow()).build();
    }

    @POST
    @Path("{id}/actions")
    @Operation(operationId = "actOnTrackingItem",
            summary = "反馈、催办、延期、销号、重新督办 / Feedback (the unit's legal officer too), remind, extend, resolve, reopen")
    public TrackingQuery.ItemView act(@PathParam("id") String id, @Valid ActionRequest request) {
        caller.requireAnyRole(Roles.REVIEWER, Roles.UNIT_LEGAL_OFFICER);
        TrackingQuery.ItemView item = query.find(id)
                .orElseThrow(() -> DomainException.notFound(TRACKING_ITEM_NOT_FOUND, id));
        ActionRequest r = request == null ? new ActionRequest(null, null, null) : request;
        if (!caller.hasRole(Roles.REVIEWER)) {
            // a unit's legal officer gives feedback on his own unit's items, nothing else
            if (!caller.isOfUnit(item.unitId())) {
                throw new AccessDeniedException("access.unit");
            }
            if (r.type() != null && r.type() != ActionType.FEEDBACK) {
                throw new AccessDeniedException("access.role", Roles.REVIEWER);
            }
        }
        if (r.type() == null) {
            throw DomainException.invalidField(REQUIRED, "type");
        }
        Instant at = now.instant();
        actions.act(new ItemAction(id, r.type(), r.note(), r.dueOn(), caller.actor(), at, now.today(at)));
        return query.find(id).orElseThrow();
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
