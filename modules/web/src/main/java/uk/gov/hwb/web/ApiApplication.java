package uk.gov.hwb.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under {@code /api}. Resources live in each module's -ui jar and are found by
 * scanning; errors from any of them are RFC 9457 problem documents (see {@code ProblemMapper}).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Board Papers & Partnership Performance API", version = "1",
        description = "Meetings, papers and partnership performance for a Health and Wellbeing Board. "
                + "Errors are application/problem+json (RFC 9457). Protected operations accept HTTP Basic "
                + "credentials or the signed-in session; anonymous callers get 401."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
