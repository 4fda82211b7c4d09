package uk.ectinduction.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.ectinduction.people.AccountDisabled;
import uk.ectinduction.people.SignedInUser;

/** Ends the sessions of a disabled account once the change is committed: disabled means out now. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // sessions exist only there
class DisabledAccountSessions {

    private final SessionRegistry sessions;

    DisabledAccountSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(AccountDisabled event) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.id() == event.userId()) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
