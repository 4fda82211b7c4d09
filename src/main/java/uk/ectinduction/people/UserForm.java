package uk.ectinduction.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** What an admin types to create or edit a person; {@code version} guards against lost updates. */
class UserForm {

    @NotBlank(message = "Enter an email address")
    @Email(message = "Enter an email address in the correct format, like name@school.org")
    @Size(max = 320, message = "Email address must be 320 characters or fewer")
    private String email;

    @NotBlank(message = "Enter a name")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String displayName;

    @NotEmpty(message = "Select at least one role")
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
