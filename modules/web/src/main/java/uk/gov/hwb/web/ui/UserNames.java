package uk.gov.hwb.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import uk.gov.hwb.platform.security.UserAccountDto;
import uk.gov.hwb.platform.security.UserAccounts;

/**
 * People by name, never by username, on every screen: {@code #{names.of(step.by())}} reads
 * "Rob Harris" for {@code democratic}. Changes made by the system itself (start-up work such as
 * the demo data) read "System"; a username without an account stays as it is.
 */
@Named("names")
@RequestScoped
public class UserNames {

    @Inject
    UserAccounts accounts;

    private final Map<String, String> known = new HashMap<>();

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if ("system".equals(username)) {
            return "System";
        }
        return known.computeIfAbsent(username, u -> accounts.findAccount(u).map(UserAccountDto::displayName)
                .filter(n -> !n.isBlank()).orElse(u));
    }
}
