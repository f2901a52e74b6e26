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
import uk.gov.hwb.platform.security.UserAccountDto;
import uk.gov.hwb.platform.security.UserAccounts;

/**
 * Who is signed in, for the header (their name, never their username), signing out, and keeping
 * a session alive when the page warns that it is about to end.
 */
@Named
@RequestScoped
public class SessionView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    UserAccounts accounts;

    /** WildFly reports the unauthenticated caller as a principal named "anonymous"; the servlet request does not. */
    public boolean isSignedIn() {
        return faces.getExternalContext().getRemoteUser() != null;
    }

    public String getUsername() {
        return faces.getExternalContext().getRemoteUser();
    }

    /** The signed-in user's name as their account gives it ("Rob Harris"), or the username if the account has none. */
    public String getDisplayName() {
        String username = getUsername();
        return username == null ? null
                : accounts.findAccount(username).map(UserAccountDto::displayName).filter(n -> !n.isBlank()).orElse(username);
    }

    /** How long a signed-in session lasts without a request, in seconds; empty for the public (who have no session to lose). */
    public String getSessionSeconds() {
        if (!isSignedIn()) {
            return "";
        }
        return String.valueOf(((HttpServletRequest) faces.getExternalContext().getRequest()).getSession().getMaxInactiveInterval());
    }

    public int getSessionMinutes() {
        return isSignedIn() ? ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession().getMaxInactiveInterval() / 60 : 0;
    }

    /** Called from the session warning: the request itself renews the session; nothing else to do. */
    public void keepAlive() {
        // The request has already touched the session.
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
