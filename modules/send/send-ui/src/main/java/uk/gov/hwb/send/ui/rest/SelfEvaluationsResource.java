package uk.gov.hwb.send.ui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import uk.gov.hwb.platform.documents.GeneratedDocument;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.EntryAnswers;
import uk.gov.hwb.send.api.NewSefVersion;
import uk.gov.hwb.send.api.SefAgreement;
import uk.gov.hwb.send.api.SefComparisonDto;
import uk.gov.hwb.send.api.SefContent;
import uk.gov.hwb.send.api.SefDto;
import uk.gov.hwb.send.api.SefEntryDto;
import uk.gov.hwb.send.api.SefSummaryDto;
import uk.gov.hwb.send.api.SelfEvaluations;

/**
 * The Self-Evaluation Framework's versions, addressed by their version {@code number}; {@code version}
 * in the JSON is the optimistic-lock field. An agreed version answers 409 to changes.
 */
@Path("send/sef")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SEND partnership")
@RolesAllowed("**")
@SecurityRequirement(name = "basic")
public class SelfEvaluationsResource {

    @Inject
    SelfEvaluations sefs;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "The SEF's versions, newest first: {number, date, status: DRAFT | AGREED, version}")
    public List<SefSummaryDto> versions() {
        return sefs.versions(viewer);
    }

    @POST
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Start the draft: {copyOf: N} copies version N (the latest if left out); 409 naming the draft if there is one already")
    public Response start(NewSefVersion request, @Context UriInfo uri) {
        SefDto created = sefs.start(request == null ? new NewSefVersion(null, null) : request, viewer);
        return Response.created(uri.getBaseUriBuilder().path("send/sef/{number}").build(created.number())).entity(created).build();
    }

    @GET
    @Path("compare")
    @Operation(summary = "What was added, changed and removed from version 'from' to version 'to' (by number)")
    public SefComparisonDto compare(@QueryParam("from") String from, @QueryParam("to") String to) {
        Integer fromNumber = Params.optionalInt("from", from);
        Integer toNumber = Params.optionalInt("to", to);
        if (fromNumber == null || toNumber == null) {
            throw new InvalidInputException(fromNumber == null ? "from" : "to", "is required: a SEF version number");
        }
        return sefs.compare(fromNumber, toNumber, viewer);
    }

    @GET
    @Path("{number: \\d+}")
    @Operation(summary = "The whole version: keyIssues, areas [{title, doWell, impact, improve}], priorities, and the traceability of its entries")
    public SefDto get(@PathParam("number") int number) {
        return sefs.version(number, viewer);
    }

    @PUT
    @Path("{number: \\d+}")
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Save a draft's whole content (plain text: markup is removed); 409 for an agreed version or a stale version")
    public SefDto save(@PathParam("number") int number, SefContent content) {
        return sefs.save(number, Params.body(content), viewer);
    }

    @POST
    @Path("{number: \\d+}/agree")
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Record the board's agreement: optional {meetingId, agreedOn, version}; the version is locked from then on")
    public SefDto agree(@PathParam("number") int number, SefAgreement agreement) {
        return sefs.agree(number, agreement == null ? new SefAgreement(null, null, null) : agreement, viewer);
    }

    @PUT
    @Path("entries/{key}/answers")
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Set the actions and metrics answering a key issue or an improvement: {actionIds: [...], metricIds: [...]}")
    public SefEntryDto answer(@PathParam("key") String key, EntryAnswers answers) {
        return sefs.answer(key, Params.body(answers), viewer);
    }

    @GET
    @Path("{number: \\d+}/sef.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The version as a tagged PDF (PDF/UA)")
    public Response pdf(@PathParam("number") int number) {
        return Pdfs.inline(sefs.document(number, viewer), "sef-" + number + ".pdf");
    }
}
