package uk.gov.hwb.board.ui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.board.api.AppendixDto;
import uk.gov.hwb.board.api.Packs;
import uk.gov.hwb.board.api.ReportDto;
import uk.gov.hwb.board.api.ReportInput;
import uk.gov.hwb.board.api.ReportStatus;
import uk.gov.hwb.board.api.Reports;
import uk.gov.hwb.board.api.TransitionDto;
import uk.gov.hwb.platform.paging.Created;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.platform.text.SingleLine;

/**
 * Reports to the standard template, their approval chain and appendices. Anyone may read a
 * published Part 1 report; the rest needs the right person (see {@link Reports}).
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportsResource {

    /** An appendix produced by another module, e.g. {"generator":"bcf.quarterly-return","reference":"2024-25 Q2"}. */
    public record GeneratedAppendix(@SingleLine String title, @SingleLine String generator, @SingleLine String reference) {
    }

    @Inject
    Reports reports;

    @Inject
    Viewer viewer;

    @Inject
    Packs packs;

    @GET
    @RolesAllowed("**")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Reports you work on (democratic services see all); filter by meeting and status")
    public Page<ReportDto> list(@QueryParam("meeting") String meeting, @QueryParam("status") String status,
                                @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Integer meetingId = Params.optionalInt("meeting", meeting);
        return reports.reports(meetingId == null ? null : meetingId.longValue(), Params.optionalEnum("status", status, ReportStatus.class), viewer, PageRequest.fromQuery(offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One report: the live one for its author and democratic services, else the version published")
    public ReportDto get(@PathParam("id") long id) {
        return reports.report(id, viewer);
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A published report as its own tagged, accessible (PDF/UA-1) PDF")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(packs.reportPdf(id, viewer), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"report-" + id + ".pdf\"").build();
    }

    @POST
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Start a report (a draft you own); rich text is sanitised")
    public Response create(ReportInput report, @Context UriInfo uri) {
        ReportDto created = reports.create(report, viewer);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("**")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Change a draft; send the version you read (409 if someone changed it since)")
    public ReportDto update(@PathParam("id") long id, ReportInput report) {
        return reports.update(id, report, viewer);
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed("**")
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Take a step of the approval chain: SUBMIT, APPROVE, CLEAR_LEGAL, CLEAR_FINANCE, MARK_READY, RETURN_TO_DRAFT (with comment)")
    public ReportDto transition(@PathParam("id") long id, TransitionDto transition) {
        return reports.transition(id, transition, viewer);
    }

    @POST
    @Path("{id}/appendices")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Upload a PDF appendix (form fields 'file' and 'title'); checked by content, at most 25 MB by default")
    public Response upload(@PathParam("id") long id, @FormParam("file") EntityPart file, @FormParam("title") String title) {
        if (file == null) {
            throw new InvalidInputException("file", "send the PDF as the form field 'file'");
        }
        try (InputStream in = file.getContent()) {
            AppendixDto added = reports.addAppendix(id, title, file.getFileName().orElse(null), in, viewer);
            return Response.status(Response.Status.CREATED).entity(added).build();
        } catch (IOException e) {
            throw new InvalidInputException("file", "the upload was interrupted; please try again");
        }
    }

    @POST
    @Path("{id}/appendices/generated")
    @RolesAllowed({Role.Names.AUTHOR, Role.Names.DEMOCRATIC_SERVICES, Role.Names.ADMIN})
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Attach a document another module generates (its generator name and a reference it understands)")
    public Response attachGenerated(@PathParam("id") long id, GeneratedAppendix appendix) {
        Params.body(appendix);
        return Response.status(Response.Status.CREATED)
                .entity(reports.addGeneratedAppendix(id, appendix.title(), appendix.generator(), appendix.reference(), viewer)).build();
    }
}
