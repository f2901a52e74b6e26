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
import uk.gov.hwb.send.api.MetricChanges;
import uk.gov.hwb.send.api.MetricDto;
import uk.gov.hwb.send.api.MetricValueInput;
import uk.gov.hwb.send.api.Metrics;
import uk.gov.hwb.send.api.NewMetric;

/** SEND metrics with their figures per period, judged against their comparators. */
@Path("send/metrics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SEND partnership")
@RolesAllowed("**")
@SecurityRequirement(name = "basic")
public class MetricsResource {

    @Inject
    Metrics metrics;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Every metric with its figures (oldest first), the latest judged against its comparator, and the trend")
    public List<MetricDto> list() {
        return metrics.metrics(viewer);
    }

    @POST
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Add a metric: name, unit, polarity (NONE for counts of demand), tolerance, periodType, comparatorName")
    public Response create(NewMetric metric, @Context UriInfo uri) {
        MetricDto created = metrics.create(Params.body(metric), viewer);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One metric")
    public MetricDto get(@PathParam("id") long id) {
        return metrics.metric(id, viewer);
    }

    @PUT
    @Path("{id: \\d+}")
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Change how a metric is described and judged (send the version you read)")
    public MetricDto update(@PathParam("id") long id, MetricChanges changes) {
        return metrics.update(id, Params.body(changes), viewer);
    }

    @PUT
    @Path("{id: \\d+}/values/{period}")
    @RolesAllowed(Role.Names.SEND_LEAD)
    @Operation(summary = "Record a period's figures {value, comparator, neighbours}; the period as the metric's type writes it (2023, 2022-23, 2024-06);"
            + " changing a recorded period needs its version")
    public MetricDto record(@PathParam("id") long id, @PathParam("period") String period, MetricValueInput value) {
        return metrics.record(id, period, Params.body(value), viewer);
    }

    @GET
    @Path("summary.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The metrics summary as a tagged PDF (PDF/UA)")
    public Response pdf() {
        return Pdfs.inline(metrics.summary(viewer), "send-metrics.pdf");
    }
}
