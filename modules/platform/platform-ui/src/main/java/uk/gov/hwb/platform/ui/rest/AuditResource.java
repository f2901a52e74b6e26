package uk.gov.hwb.platform.ui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.platform.audit.AuditEntryDto;
import uk.gov.hwb.platform.audit.AuditLog;
import uk.gov.hwb.platform.paging.Page;
import uk.gov.hwb.platform.paging.PageRequest;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Viewer;

/** The audit log: who changed what, when, from what to what — the entries about records the caller may see. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@SecurityRequirement(name = "basic")
@RolesAllowed("**")
public class AuditResource {

    @Inject
    AuditLog audit;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Audit entries about records you may see (everything for democratic services and administrators), "
            + "newest first; filter by entity type (e.g. Person), entity id and user")
    public Page<AuditEntryDto> entries(@QueryParam("entity") String entity, @QueryParam("id") String id,
                                       @QueryParam("user") String user,
                                       @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return audit.entries(entity, id, user, viewer, PageRequest.fromQuery(offset, limit));
    }
}
