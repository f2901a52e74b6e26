package uk.gov.hwb.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sign-in form. Sends the user back to the page they asked for, if it was one of ours. After
 * too many failed sign-ins it says how long to wait (see {@code SignInGuard}).
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(), password == null ? "" : password)));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(request.getContextPath() + safeNext());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object wait = request.getAttribute(SignInMechanism.WAIT_SECONDS);
                faces.addMessage(null, wait != null
                        ? new FacesMessage(FacesMessage.SEVERITY_ERROR, "Too many failed sign-ins.",
                                "Wait " + wait + " seconds, then try again.")
                        : new FacesMessage(FacesMessage.SEVERITY_ERROR, "The username or password is wrong.", "Check both and try again."));
            }
        }
    }

    /** Only paths inside this application; never another site. */
    private String safeNext() {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") && !next.startsWith(SignInMechanism.LOGIN_PAGE)
                ? next : "/";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
