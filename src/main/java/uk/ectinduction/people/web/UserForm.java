package uk.ectinduction.people.web;

import java.util.EnumSet;
import java.util.Set;
import uk.ectinduction.people.PersonDetails;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.internal.AppUser;

/**
 * What an admin types to create or edit a person; {@code version} guards against lost updates. The rules are
 * {@link PersonDetails}'s, applied by {@link UserFormValidator}.
 */
class UserForm {

    private String email;

    private String displayName;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long version;

    static UserForm of(AppUser user) {
        UserForm form = new UserForm();
        form.email = user.getEmail();
        form.displayName = user.getDisplayName();
        form.roles = user.getRoles();
        form.version = user.getVersion();
        return form;
    }

    PersonDetails details() {
        return new PersonDetails(email, displayName, roles);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.trim();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.trim();
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
