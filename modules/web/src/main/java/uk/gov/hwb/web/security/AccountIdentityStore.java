package uk.gov.hwb.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.UserAccounts;

/** Jakarta Security identity store backed by the user accounts in the database. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    UserAccounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.authenticate(credential.getCaller(), credential.getPassword().getValue())
                .map(account -> new CredentialValidationResult(account.username(),
                        account.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
