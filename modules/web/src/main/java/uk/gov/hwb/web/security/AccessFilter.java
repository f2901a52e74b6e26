package uk.gov.hwb.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import uk.gov.hwb.web.problem.Problem;

/**
 * Enforces {@code @RolesAllowed} on API resources: anonymous callers get 401 (with a Basic
 * challenge), signed-in callers without one of the roles get 403, both as problem documents.
 * {@code @RolesAllowed("**")} means any signed-in user. Resources without the annotation, or
 * methods marked {@code @PermitAll}, are public.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Response.status(401).header("WWW-Authenticate", "Basic realm=\"hwb\", charset=\"UTF-8\"")
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(401, "Unauthorized", "Sign in, or send HTTP Basic credentials, to use this resource."))
                    .build());
            return;
        }
        boolean permitted = Arrays.stream(allowed.value()).anyMatch(role -> role.equals("**") || security.isUserInRole(role));
        if (!permitted) {
            request.abortWith(Response.status(403).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(403, "Forbidden", "This needs one of the roles " + String.join(", ", allowed.value()) + "."))
                    .build());
        }
    }
}
