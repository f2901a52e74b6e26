package uk.gov.hwb.bcf.ui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.bcf.api.MetricChanges;
import uk.gov.hwb.bcf.api.MetricDto;
import uk.gov.hwb.bcf.api.MetricValueEntry;
import uk.gov.hwb.bcf.api.Metrics;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.Viewer;

/** One national metric: its quarters judged by the kernel's measures rule, its definition and targets, its quarterly values. */
@Path("bcf/metrics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Better Care Fund")
@RolesAllowed("**")
@SecurityRequirement(name = "basic")
public class MetricsResource {

    @Inject
    Metrics metrics;

    @Inject
    Viewer viewer;

    @GET
    @Path("{id}")
    @Operation(summary = "A metric with quarters: [{year, quarter, value, target, projected, status, gap, sentence, commentary, commentaryWarning}]")
    public MetricDto get(@PathParam("id") long id) {
        return metrics.metric(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Change a metric's definition and targets (send its version)")
    public MetricDto update(@PathParam("id") long id, MetricChanges metric) {
        return metrics.update(id, Params.body(metric), viewer);
    }

    @PUT
    @Path("{id}/values/{year}/{quarter}")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
    @Operation(summary = "Record a quarter's {value, commentary} (value null: no data); optional version of the quarter as read")
    public MetricDto value(@PathParam("id") long id, @PathParam("year") String year, @PathParam("quarter") String quarter, MetricValueEntry entry) {
        return metrics.recordValue(id, year, Requests.quarter(quarter), Params.body(entry), viewer);
    }
}
