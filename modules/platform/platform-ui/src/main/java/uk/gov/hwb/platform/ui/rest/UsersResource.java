package uk.gov.hwb.platform.ui.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.hwb.platform.problem.Params;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.UserAccountDto;
import uk.gov.hwb.platform.security.UserAccounts;
import uk.gov.hwb.platform.text.SingleLine;

/** User accounts and roles (administrators only). Passwords are write-only. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users and roles")
@SecurityRequirement(name = "basic")
@RolesAllowed(Role.Names.ADMIN)
public class UsersResource {

    /** A new account: its fields and its first password. */
    public record NewAccount(String username, @SingleLine String displayName, Long personId, Boolean enabled, Set<Role> roles, String password) {
    }

    @Inject
    UserAccounts accounts;

    @GET
    @Operation(summary = "All user accounts")
    public List<UserAccountDto> list() {
        return accounts.accounts();
    }

    @POST
    @Operation(summary = "Create a user account with roles and a first password (at least 12 characters)")
    public Response create(NewAccount input) {
        Params.body(input);
        UserAccountDto created = accounts.create(new UserAccountDto(null, input.username(), input.displayName(), input.personId(),
                input.enabled() == null || input.enabled(), input.roles(), 0), input.password() == null ? null : input.password().toCharArray());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an account's name, roles or enabled state; send the version you read")
    public UserAccountDto update(@PathParam("id") long id, UserAccountDto account) {
        return accounts.update(id, account);
    }
}
