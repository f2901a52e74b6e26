package uk.gov.hwb.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.security.Role;

/** Who is signed in, for the header's user menu, and signing out. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    /** WildFly reports the unauthenticated caller as a principal named "anonymous"; the servlet request does not. */
    public boolean isSignedIn() {
        return faces.getExternalContext().getRemoteUser() != null;
    }

    public String getUsername() {
        return faces.getExternalContext().getRemoteUser();
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** The signed-in user's roles in words, e.g. "Board member". */
    public String getRoleLabels() {
        return Arrays.stream(Role.values()).filter(r -> securityContext.isCallerInRole(r.name()))
                .map(Role::label).collect(Collectors.joining(", "));
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/");
    }
}
