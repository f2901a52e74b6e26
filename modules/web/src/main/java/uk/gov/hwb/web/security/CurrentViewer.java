package uk.gov.hwb.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import uk.gov.hwb.platform.security.UserAccounts;
import uk.gov.hwb.platform.security.Viewer;

/**
 * Produces the {@link Viewer} of the current request for screens and resources: the public when
 * nobody is signed in, otherwise the account's roles and linked person.
 */
@ApplicationScoped
public class CurrentViewer {

    @Inject
    UserAccounts accounts;

    @Produces
    Viewer viewer(HttpServletRequest request) {
        String username = request.getRemoteUser();
        if (username == null) {
            return Viewer.anonymous();
        }
        return accounts.findAccount(username)
                .map(a -> new Viewer(a.username(), a.personId(), a.roles()))
                .orElse(Viewer.anonymous());
    }
}
