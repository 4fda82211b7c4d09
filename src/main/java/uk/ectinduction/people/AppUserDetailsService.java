package uk.ectinduction.people;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.internal.AppUserRepository;

/** Loads the account behind an email address for sign-in. */
@Service
public class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AppUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmailIgnoreCase(email.trim())
                .map(u -> new SignedInUser(u.toPerson(), u.getPasswordHash(), u.isEnabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
    }
}
