package uk.gov.hwb.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.hwb.platform.entity.Person;
import uk.gov.hwb.platform.entity.UserAccount;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.NotFoundException;
import uk.gov.hwb.platform.problem.Validations;
import uk.gov.hwb.platform.security.PasswordHashing;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.UserAccountDto;
import uk.gov.hwb.platform.security.UserAccounts;

/** User accounts in the database, with PBKDF2-hashed passwords. */
@Stateless
public class UserAccountsService implements UserAccounts {

    /** A hash to check against when the username is unknown, so timing does not reveal which usernames exist. */
    private static final String DECOY_HASH = PasswordHashing.hash("decoy-password".toCharArray());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    @ConfigProperty(name = "hwb.security.password-iterations", defaultValue = "" + PasswordHashing.DEFAULT_ITERATIONS)
    int iterations;

    @Override
    public Optional<UserAccountDto> authenticate(String username, char[] password) {
        Optional<UserAccount> account = byUsername(username);
        boolean matches = PasswordHashing.verify(password, account.map(UserAccount::getPasswordHash).orElse(DECOY_HASH));
        return account.filter(a -> matches && a.isEnabled()).map(UserAccountsService::toDto);
    }

    @Override
    public Optional<UserAccountDto> findAccount(String username) {
        return byUsername(username).map(UserAccountsService::toDto);
    }

    @Override
    public List<UserAccountDto> accounts() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultList().stream().map(UserAccountsService::toDto).toList();
    }

    @Override
    public UserAccountDto account(long id) {
        return toDto(find(id));
    }

    @Override
    public UserAccountDto create(UserAccountDto input, char[] password) {
        Validations.requireValid(validator, input);
        List<FieldError> errors = new ArrayList<>();
        if (byUsername(input.username()).isPresent()) {
            errors.add(new FieldError("username", "is already taken"));
        }
        passwordProblem(password).ifPresent(errors::add);
        personProblem(input.personId()).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount account = new UserAccount(input.username(), input.displayName().strip(), PasswordHashing.hash(password, iterations));
        apply(input, account);
        em.persist(account);
        em.flush();
        return toDto(account);
    }

    @Override
    public UserAccountDto update(long id, UserAccountDto input) {
        Validations.requireValid(validator, input);
        UserAccount account = find(id);
        Validations.requireVersion("User " + account.getUsername(), input.version(), account.getVersion());
        if (!account.getUsername().equals(input.username())) {
            throw new InvalidInputException("username", "cannot be changed; create a new account instead");
        }
        personProblem(input.personId()).ifPresent(e -> {
            throw new InvalidInputException(List.of(e));
        });
        account.setDisplayName(input.displayName().strip());
        apply(input, account);
        em.flush();
        return toDto(account);
    }

    @Override
    public void changePassword(long id, char[] newPassword) {
        UserAccount account = find(id);
        passwordProblem(newPassword).ifPresent(e -> {
            throw new InvalidInputException(List.of(e));
        });
        account.setPasswordHash(PasswordHashing.hash(newPassword, iterations));
    }

    private static void apply(UserAccountDto input, UserAccount account) {
        account.setEnabled(input.enabled());
        account.setPersonId(input.personId());
        account.setRoles(input.roles() == null ? EnumSet.noneOf(Role.class) : input.roles());
    }

    private Optional<FieldError> personProblem(Long personId) {
        return personId != null && em.find(Person.class, personId) == null
                ? Optional.of(new FieldError("personId", "no person has id " + personId))
                : Optional.empty();
    }

    private static Optional<FieldError> passwordProblem(char[] password) {
        return password == null || password.length < MIN_PASSWORD_LENGTH
                ? Optional.of(new FieldError("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters"))
                : Optional.empty();
    }

    private Optional<UserAccount> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    private UserAccount find(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new NotFoundException("User", id);
        }
        return account;
    }

    static UserAccountDto toDto(UserAccount u) {
        return new UserAccountDto(u.getId(), u.getUsername(), u.getDisplayName(), u.getPersonId(), u.isEnabled(),
                u.getRoles(), u.getVersion());
    }
}
