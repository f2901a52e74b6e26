package uk.gov.hwb.board.ui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.board.api.ActionLog;
import uk.gov.hwb.board.api.ActionLogChanges;
import uk.gov.hwb.board.api.ActionLogEntryDto;
import uk.gov.hwb.board.api.AgendaItemDto;
import uk.gov.hwb.board.api.AgendaItemInput;
import uk.gov.hwb.board.api.ApproveMinutes;
import uk.gov.hwb.board.api.Attendance;
import uk.gov.hwb.board.api.AttendanceDto;
import uk.gov.hwb.board.api.DeclarationDto;
import uk.gov.hwb.board.api.Declarations;
import uk.gov.hwb.board.api.Minutes;
import uk.gov.hwb.board.api.MinutesDto;
import uk.gov.hwb.board.api.NewActionLogEntry;
import uk.gov.hwb.board.api.NewDeclaration;
import uk.gov.hwb.board.api.QuorumDto;
import uk.gov.hwb.board.api.RecordAttendance;
import uk.gov.hwb.board.api.RecordMinutes;
import uk.gov.hwb.board.api.AgendaPagesDto;
import uk.gov.hwb.board.api.DeadlineDto;
import uk.gov.hwb.board.api.MeetingDto;
import uk.gov.hwb.board.api.MeetingInput;
import uk.gov.hwb.board.api.MeetingStateDto;
import uk.gov.hwb.board.api.Meetings;
import uk.gov.hwb.board.api.PackVariant;
import uk.gov.hwb.board.api.Packs;
import uk.gov.hwb.board.api.Part;
import uk.gov.hwb.board.api.PublicationDto;
import uk.gov.hwb.board.api.Publications;
import uk.gov.hwb.board.api.PublishAgenda;
import uk.gov.hwb.board.api.PublishedMeetingDto;
import uk.gov.hwb.platform.paging.Created;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Meetings, their publication deadlines, agendas and publication. Public to read (agenda items show only the
 * title and exemption of Part 2 business; reports are not served here); democratic services keep them.
 */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings and agendas")
public class MeetingsResource {

    /** The new order of an agenda, for drag and drop. */
    public record AgendaOrder(List<Long> itemIds) {
    }

    @Inject
    Meetings meetings;

    @Inject
    Viewer viewer;

    @Inject
    Publications publications;

    @Inject
    Packs packs;

    @Inject
    Attendance attendance;

    @Inject
    Declarations declarations;

    @Inject
    Minutes minutes;

    @Inject
    ActionLog actions;



    @GET
    @Operation(summary = "Meetings by start time; filter by body and by dates (from, to inclusive, e.g. 2024-12-01)")
    public Page<MeetingDto> list(@QueryParam("body") String body, @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Integer bodyId = Params.optionalInt("body", body);
        return meetings.meetings(bodyId == null ? null : bodyId.longValue(), Params.optionalDate("from", from), Params.optionalDate("to", to),
                viewer, PageRequest.fromQuery(offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One meeting")
    public MeetingDto get(@PathParam("id") long id) {
        return meetings.meeting(id, viewer);
    }

    @POST
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Arrange a meeting (it starts as a draft)")
    public Response add(MeetingInput meeting, @Context UriInfo uri) {
        MeetingDto created = meetings.add(meeting, viewer);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Change a meeting or its status (Draft, Published, Held, Minutes approved; Cancelled needs a reason)")
    public MeetingDto update(@PathParam("id") long id, MeetingInput meeting) {
        return meetings.update(id, meeting, viewer);
    }

    @GET
    @Path("{id}/deadline")
    @Operation(summary = "The meeting's publication deadline: five clear working days, with days left and whether it was missed")
    public DeadlineDto deadline(@PathParam("id") long id) {
        return meetings.deadline(id, viewer);
    }

    @GET
    @Path("{id}/items")
    @Operation(summary = "The agenda, numbered in order")
    public List<AgendaItemDto> items(@PathParam("id") long id) {
        return meetings.items(id, viewer);
    }

    @POST
    @Path("{id}/items")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Add an item (at the end, or at 'number'); Part 2 needs exemptParagraph 1-7; a late item needs urgencyReason")
    public Response addItem(@PathParam("id") long id, AgendaItemInput item) {
        return Response.status(Response.Status.CREATED).entity(meetings.addItem(id, item, viewer)).build();
    }

    @PUT
    @Path("{id}/items/{itemId}")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Change an item; a new 'number' moves it and renumbers the agenda")
    public AgendaItemDto updateItem(@PathParam("id") long id, @PathParam("itemId") long itemId, AgendaItemInput item) {
        return meetings.updateItem(id, itemId, item, viewer);
    }

    @DELETE
    @Path("{id}/items/{itemId}")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Remove an item; the rest are renumbered")
    public Response removeItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        meetings.removeItem(id, itemId, viewer);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/items/order")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Put the agenda in a new order (every item id once) and renumber it")
    public List<AgendaItemDto> reorder(@PathParam("id") long id, AgendaOrder order) {
        return meetings.reorder(id, order == null ? null : order.itemIds(), viewer);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Tag(name = "Publication")
    @Operation(summary = "Publish the agenda and papers as a new version (409 while a report is not ready; a warning when past the deadline)."
            + " Once the meeting has been held, publishing again is a correction: send {\"correctionReason\": \"...\"}, or get 409")
    public PublicationDto publish(@PathParam("id") long id, PublishAgenda command) {
        return publications.publish(id, command == null ? PublishAgenda.ordinary() : command, viewer);
    }

    @GET
    @Path("{id}/state")
    @Tag(name = "Publication")
    @Operation(summary = "Where the meeting stands: its phase in words, the publication deadline and what it means now, the versions"
            + " published (by name), the packs you can open, and whether you may publish (and whether as a correction)")
    public MeetingStateDto state(@PathParam("id") long id) {
        return meetings.state(id, viewer);
    }

    @GET
    @Path("{id}/publications")
    @Tag(name = "Publication")
    @Operation(summary = "Every version published, first to last")
    public List<PublicationDto> publications(@PathParam("id") long id) {
        return publications.publications(id, viewer);
    }

    @GET
    @Path("{id}/published")
    @Tag(name = "Publication")
    @Operation(summary = "The agenda and papers as published, as you may see them (Part 2 content only for members of the body)")
    public PublishedMeetingDto published(@PathParam("id") long id) {
        return publications.published(id, viewer).orElseThrow(() -> new NotFoundException("Meeting " + id + " has not been published yet."));
    }

    @GET
    @Path("{id}/pack.pdf")
    // The PDF; a client that accepts only JSON still learns why there is none (a 404 problem, not a 406).
    @Produces({"application/pdf", "application/problem+json", MediaType.APPLICATION_JSON})
    @Tag(name = "Packs")
    @Operation(summary = "A meeting pack: variant public (default), members (members of the body, democratic services) or supplementary")
    public Response pack(@PathParam("id") long id, @QueryParam("variant") String variant) {
        PackVariant chosen = Params.optionalEnum("variant", variant, PackVariant.class);
        Packs.PackFile file = packs.pack(id, chosen == null ? PackVariant.PUBLIC : chosen, viewer);
        return Response.ok(file.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"")
                .header("ETag", "\"" + file.sha256() + "\"")
                .build();
    }

    @GET
    @Path("{id}/agenda")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Packs")
    @Operation(summary = "The agenda with each item's pages in the public pack")
    public List<AgendaPagesDto> agenda(@PathParam("id") long id) {
        return packs.agenda(id);
    }

    @POST
    @Path("{id}/packs")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Tag(name = "Packs")
    @Operation(summary = "Build the packs of the latest publication (runs in the background; returns the job with its progress)")
    public Response build(@PathParam("id") long id) {
        return Response.status(Response.Status.ACCEPTED).entity(packs.build(id, viewer)).build();
    }
    // --- The record of the meeting: attendance and quorum, declarations, minutes, actions (issue 14) ---

    @GET
    @Path("{id}/attendance")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "Who attended: each expected member's attendance (present, apologies, absent, substituted), officers and others, and the quorum")
    public AttendanceDto attendance(@PathParam("id") long id) {
        return attendance.attendance(id, viewer);
    }

    @PUT
    @Path("{id}/attendance")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "Record the attendance as a whole (send the version you read, 0 the first time); a substitute only where the terms"
            + " of reference allow deputies (422 /problems/substitute-not-allowed)")
    public AttendanceDto recordAttendance(@PathParam("id") long id, RecordAttendance input) {
        return attendance.record(id, input, viewer);
    }

    @GET
    @Path("{id}/quorum")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "The quorum: required, present, quorate (with the rule and a sentence saying why)")
    public QuorumDto quorum(@PathParam("id") long id) {
        return attendance.quorum(id, viewer);
    }

    @GET
    @Path("{id}/declarations")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "Declarations of interest, item by item (the nature of a sensitive interest is never published)")
    public List<DeclarationDto> declarations(@PathParam("id") long id) {
        return declarations.declarations(id, viewer);
    }

    @POST
    @Path("{id}/declarations")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "Record a declaration of interest; a disclosable pecuniary interest acted on without a dispensation is refused"
            + " (422 /problems/dpi-participation)")
    public Response declare(@PathParam("id") long id, NewDeclaration input) {
        return Response.status(Response.Status.CREATED).entity(declarations.declare(id, input, viewer)).build();
    }

    @DELETE
    @Path("{id}/declarations/{declarationId}")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "Remove a declaration recorded in error (the audit log keeps it)")
    public Response withdrawDeclaration(@PathParam("id") long id, @PathParam("declarationId") long declarationId) {
        declarations.withdraw(id, declarationId, viewer);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/minutes")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "The minutes, item by item (confidential business as its exemption and public summary unless you may see it)")
    public MinutesDto minutes(@PathParam("id") long id) {
        return minutes.minutes(id, viewer);
    }

    @PUT
    @Path("{id}/minutes")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "Record the minutes of the items given: minute, resolutions (\"That …\"), votes, public summary for Part 2 items;"
            + " send the version you read (0 the first time)")
    public MinutesDto recordMinutes(@PathParam("id") long id, RecordMinutes input) {
        return minutes.record(id, input, viewer);
    }

    @POST
    @Path("{id}/minutes/approve")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "Approve the minutes by resolution at a later, held meeting of the same body ({atMeetingId}); otherwise 409")
    public MinutesDto approveMinutes(@PathParam("id") long id, ApproveMinutes input) {
        return minutes.approve(id, input, viewer);
    }

    @GET
    @Path("{id}/minutes.pdf")
    @Produces("application/pdf")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "The minutes as a tagged PDF (PDF/UA); confidential business in full only for members of the body and democratic services")
    public Response minutesPdf(@PathParam("id") long id) {
        Minutes.MinutesFile file = minutes.pdf(id, viewer);
        return Response.ok(file.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", file.confidentialIncluded() ? "private, no-store" : "no-cache")
                .build();
    }

    @GET
    @Path("{id}/actions")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "The action log: actions carried forward from earlier meetings of the body until done, then those raised at this one")
    public List<ActionLogEntryDto> actions(@PathParam("id") long id) {
        return actions.actions(id, viewer);
    }

    @POST
    @Path("{id}/actions")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "Record an action arising: item, description, owner, due date")
    public Response addAction(@PathParam("id") long id, NewActionLogEntry input) {
        return Response.status(Response.Status.CREATED).entity(actions.add(id, input, viewer)).build();
    }

    @PUT
    @Path("{id}/actions/{actionId}")
    @RolesAllowed({Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Tag(name = "Minutes and decisions")
    @Operation(summary = "Update an action in the meeting's log (status, owner, due date, note); send the version you read")
    public ActionLogEntryDto updateAction(@PathParam("id") long id, @PathParam("actionId") long actionId, ActionLogChanges input) {
        return actions.update(id, actionId, input, viewer);
    }
}
