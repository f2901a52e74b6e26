package uk.gov.hwb.platform.ui.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.SignInGuard;
import uk.gov.hwb.platform.security.SignInThrottleDto;
import uk.gov.hwb.platform.security.Viewer;

/** Recent failed sign-ins and the waits they impose; administrators clear a wait here. */
@Path("sign-in-throttles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users and roles")
@SecurityRequirement(name = "basic")
@RolesAllowed(Role.Names.ADMIN)
public class SignInThrottlesResource {

    @Inject
    SignInGuard guard;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Accounts and client addresses with failed sign-ins in the last 15 minutes, and until when they must wait")
    public List<SignInThrottleDto> list() {
        return guard.throttles(viewer);
    }

    @DELETE
    @Path("account/{username}")
    @Operation(summary = "Forget an account's failed sign-ins, so it may sign in at once")
    public Response clearAccount(@PathParam("username") String username) {
        guard.clearAccount(username, viewer);
        return Response.noContent().build();
    }

    @DELETE
    @Path("address/{address}")
    @Operation(summary = "Forget a client address's failed sign-ins")
    public Response clearAddress(@PathParam("address") String address) {
        guard.clearAddress(address, viewer);
        return Response.noContent().build();
    }
}
