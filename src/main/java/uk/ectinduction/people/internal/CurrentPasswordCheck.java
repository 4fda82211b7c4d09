package uk.ectinduction.people.internal;

import org.springframework.stereotype.Service;
import uk.ectinduction.people.SignInThrottle;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;

/**
 * Checks the current password typed when changing one's own password, behind the same {@link SignInThrottle}
 * as sign-in and under the same key (the person's email address and the client's address): it guesses the
 * same secret, so someone holding an open session cannot guess faster here than at the sign-in page.
 */
@Service
public class CurrentPasswordCheck {

    public enum Outcome {
        RIGHT,
        WRONG,
        WAIT
    }

    private final UserAccounts accounts;
    private final SignInThrottle throttle;

    public CurrentPasswordCheck(UserAccounts accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    public Outcome check(SignedInUser user, String password, String clientAddress) {
        if (throttle.mustWait(user.getUsername(), clientAddress)) {
            return Outcome.WAIT;
        }
        if (accounts.passwordMatches(user.id(), password)) {
            throttle.recordSuccess(user.getUsername(), clientAddress);
            return Outcome.RIGHT;
        }
        throttle.recordFailure(user.getUsername(), clientAddress);
        return Outcome.WRONG;
    }
}
