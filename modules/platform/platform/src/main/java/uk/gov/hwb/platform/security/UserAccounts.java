package uk.gov.hwb.platform.security;

import java.util.List;
import java.util.Optional;

/** User accounts and their roles; checks passwords at sign-in. */
public interface UserAccounts {

    /** Minimum password length for accounts created on screen or by API. */
    int MIN_PASSWORD_LENGTH = 12;

    /** The account, if the username exists, is enabled and the password matches. */
    Optional<UserAccountDto> authenticate(String username, char[] password);

    /** The account with this username, enabled or not. */
    Optional<UserAccountDto> findAccount(String username);

    List<UserAccountDto> accounts();

    UserAccountDto account(long id);

    UserAccountDto create(UserAccountDto account, char[] password);

    UserAccountDto update(long id, UserAccountDto account);

    void changePassword(long id, char[] newPassword);
}
