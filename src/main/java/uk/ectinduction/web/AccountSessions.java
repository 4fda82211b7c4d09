package uk.ectinduction.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.ectinduction.people.AccountChanged;
import uk.ectinduction.people.SignedInUser;

/**
 * Ends an account's sessions once a change to it is committed (disabled, roles or password changed): each session
 * carries the roles it signed in with, so a demoted mentor would otherwise keep {@code /mentor} until it timed out.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // sessions exist only there
class AccountSessions {

    private static final Logger LOG = LoggerFactory.getLogger(AccountSessions.class);

    private final SessionRegistry sessions;

    AccountSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(AccountChanged event) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.id() == event.userId()) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(event.keptSessionId())) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        if (ended > 0) {
            LOG.info("Ended {} session(s) of user {}: {}", ended, event.userId(), event.change());
        }
    }
}
