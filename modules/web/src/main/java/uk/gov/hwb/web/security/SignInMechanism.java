package uk.gov.hwb.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import uk.gov.hwb.platform.security.SignInGuard;

/**
 * How people and scripts sign in.
 *
 * <ul>
 *   <li>People use the login page, which hands the username and password to this mechanism
 *       ({@code SecurityContext.authenticate}); the signed-in identity is then kept in the session,
 *       the only way a session starts.</li>
 *   <li>Scripts send HTTP Basic credentials with each API call; wrong ones get a 401 problem
 *       (the 401 error page is {@code UnauthorizedProblem}). No session is created for them.</li>
 *   <li>An anonymous request for a protected page is sent to the login page and brought back after.</li>
 * </ul>
 * Both ways are guarded against password guessing ({@link SignInGuard}): while an account or an
 * address must wait, an attempt is answered without checking the password — 429 with
 * {@code Retry-After} for scripts ({@code ThrottledProblem}), a message on the login page for people.
 * API resources decide for themselves who may call them ({@code AccessFilter}), so anonymous API
 * callers get a 401 problem rather than a login page.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: the seconds a throttled sign-in must wait (for the login page and the 429 page). */
    static final String WAIT_SECONDS = "hwb.signIn.waitSeconds";
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInGuard guard;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            AuthenticationStatus status = check(form, request, context);
            if (status == AuthenticationStatus.SUCCESS) {
                // Only a sign-in on the page starts a session; the container keeps the identity in it.
                context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
            }
            return status;
        }
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null) {
            return continueSession(signedIn, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            AuthenticationStatus status = check(basicCredential(authorization.substring(6).strip()), request, context);
            if (status == AuthenticationStatus.SUCCESS) {
                return status;
            }
            if (request.getAttribute(WAIT_SECONDS) != null) {
                return tooManyRequests(response, (Long) request.getAttribute(WAIT_SECONDS));
            }
            return context.responseUnauthorized();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(requestedPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** Checks a username and password unless the account or address must wait; counts a failure. */
    private AuthenticationStatus check(UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        String address = request.getRemoteAddr();
        Duration wait = guard.waitBefore(credential.getCaller(), address);
        if (!wait.isZero()) {
            request.setAttribute(WAIT_SECONDS, Math.max(1, (wait.toMillis() + 999) / 1000));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            guard.succeeded(credential.getCaller());
            return context.notifyContainerAboutLogin(result);
        }
        guard.failed(credential.getCaller(), address);
        return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }

    /** A request in a session signed in on the login page: the container already knows the caller. */
    private static AuthenticationStatus continueSession(Principal signedIn, HttpMessageContext context) throws AuthenticationException {
        try {
            context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException("Cannot continue the signed-in session", e);
        }
    }

    private static AuthenticationStatus tooManyRequests(HttpServletResponse response, long seconds) throws AuthenticationException {
        try {
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.sendError(ThrottledProblem.STATUS);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new AuthenticationException("Cannot answer a throttled sign-in", e);
        }
    }

    private static UsernamePasswordCredential basicCredential(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? new UsernamePasswordCredential(decoded, "")
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return new UsernamePasswordCredential("", "");
        }
    }

    private static String requestedPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

}
