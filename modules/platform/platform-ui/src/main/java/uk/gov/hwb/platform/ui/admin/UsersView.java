package uk.gov.hwb.platform.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import uk.gov.hwb.platform.faces.Messages;
import uk.gov.hwb.platform.security.Role;
import uk.gov.hwb.platform.security.UserAccountDto;
import uk.gov.hwb.platform.security.UserAccounts;

/** Users and roles (administrators only; the page is behind the ADMIN constraint). */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAccounts accounts;

    private List<UserAccountDto> users;
    private Long id;
    private String username;
    private String displayName;
    private boolean enabled = true;
    private List<String> roles = new ArrayList<>();
    private String password;
    private long version;

    @PostConstruct
    void load() {
        users = accounts.accounts();
    }

    public void add() {
        id = null;
        username = null;
        displayName = null;
        enabled = true;
        roles = new ArrayList<>();
        password = null;
        version = 0;
    }

    public void edit(UserAccountDto user) {
        id = user.id();
        username = user.username();
        displayName = user.displayName();
        enabled = user.enabled();
        roles = user.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        password = null;
        version = user.version();
    }

    public void save() {
        try {
            UserAccountDto account = new UserAccountDto(id, username, displayName, null, enabled,
                    roleSet(), version);
            if (id == null) {
                accounts.create(account, password == null ? null : password.toCharArray());
            } else {
                UserAccountDto stored = accounts.account(id);
                accounts.update(id, new UserAccountDto(id, username, displayName, stored.personId(), enabled, account.roles(), version));
                if (password != null && !password.isEmpty()) {
                    accounts.changePassword(id, password.toCharArray());
                }
            }
            Messages.saved("Saved " + username + ".");
            load();
        } catch (RuntimeException e) {
            Messages.problem(e);
        }
    }

    private EnumSet<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> set.add(Role.valueOf(r)));
        return set;
    }

    public Role[] getAllRoles() { return Role.values(); }
    public List<UserAccountDto> getUsers() { return users; }
    public Long getId() { return id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
