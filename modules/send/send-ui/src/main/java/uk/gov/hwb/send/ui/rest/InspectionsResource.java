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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.platform.paging.Created;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;
import uk.gov.hwb.send.api.InspectionChanges;
import uk.gov.hwb.send.api.InspectionDto;
import uk.gov.hwb.send.api.Inspections;
import uk.gov.hwb.send.api.NewInspection;
import uk.gov.hwb.send.api.NewRecommendation;
import uk.gov.hwb.send.api.RecommendationDto;

/** The area SEND inspections and their recommendations; the facade decides who reads and changes them. */
@Path("send/inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SEND partnership")
@RolesAllowed("**")
@SecurityRequirement(name = "basic")
public class InspectionsResource {

    @Inject
    Inspections inspections;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Area SEND inspections, newest first, with the outcome in full and the next inspection expected by (nextInspectionBy)")
    public List<InspectionDto> list() {
        return inspections.inspections(viewer);
    }

    @POST
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Record an inspection: inspectorates, framework, startDate, endDate, publishedOn and outcome (POSITIVE, INCONSISTENT or SIGNIFICANT_CONCERNS)")
    public Response create(NewInspection inspection, @Context UriInfo uri) {
        InspectionDto created = inspections.create(Params.body(inspection), viewer);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One inspection")
    public InspectionDto get(@PathParam("id") long id) {
        return inspections.inspection(id, viewer);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Correct an inspection (send the version you read)")
    public InspectionDto update(@PathParam("id") long id, InspectionChanges changes) {
        return inspections.update(id, Params.body(changes), viewer);
    }

    @GET
    @Path("{id}/recommendations")
    @Operation(summary = "The inspection's recommendations, numbered, verbatim, with their action and overdue milestone counts")
    public List<RecommendationDto> recommendations(@PathParam("id") long id) {
        return inspections.recommendations(id, viewer);
    }

    @POST
    @Path("{id}/recommendations")
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Add a recommendation: its number and its text as the report words it")
    public Response addRecommendation(@PathParam("id") long id, NewRecommendation recommendation, @Context UriInfo uri) {
        RecommendationDto created = inspections.addRecommendation(id, Params.body(recommendation), viewer);
        return Response.created(uri.getBaseUriBuilder().path("send/recommendations/{id}").build(created.id())).entity(created).build();
    }
}
