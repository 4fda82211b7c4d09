package uk.ectinduction.people;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session: who they are and what roles they hold. */
public final class SignedInUser implements UserDetails {

    // Fixed, so that a session stored by one build is still read by the next (nodes are upgraded one at a time).
    private static final long serialVersionUID = 1L;

    private final Person person;
    private final String passwordHash;
    private final boolean enabled;

    SignedInUser(Person person, String passwordHash, boolean enabled) {
        this.person = person;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public long id() {
        return person.id();
    }

    /** The signed-in person as other modules know people. */
    public Person asPerson() {
        return person;
    }

    public String displayName() {
        return person.displayName();
    }

    public Set<Role> roles() {
        return person.roles();
    }

    public boolean has(Role role) {
        return person.roles().contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = person.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return person.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && that.person.id() == person.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(person.id());
    }
}
