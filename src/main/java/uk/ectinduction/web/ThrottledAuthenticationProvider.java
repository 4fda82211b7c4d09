package uk.ectinduction.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import uk.ectinduction.people.SignInThrottle;

/**
 * Puts the {@link SignInThrottle} in front of the password check, keyed on the email address typed and the
 * client's address. An unknown email address takes the same path: the password check behind this compares
 * a dummy hash for it, and its failures are counted like any other.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName();
        String client =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (throttle.mustWait(email, client)) {
            throw new ThrottledSignInException();
        }
        try {
            Authentication result = passwordCheck.authenticate(attempt);
            throttle.recordSuccess(email, client);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(email, client);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
