package uk.ectinduction.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.ectinduction.people.AccountChanged;

/**
 * Ends an account's sessions once a change to it is committed (disabled, roles or password changed): each session
 * carries the roles it signed in with, so a demoted mentor would otherwise keep {@code /mentor} until it timed out.
 * The sessions are found in the shared session store, so they end whichever app node serves them next; each is
 * marked expired rather than deleted, so that its next request is sent to sign in again.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // sessions exist only there
class AccountSessions {

    private static final Logger LOG = LoggerFactory.getLogger(AccountSessions.class);

    private final FindByIndexNameSessionRepository<?> store;
    private final SessionRegistry sessions;

    AccountSessions(FindByIndexNameSessionRepository<?> store, SessionRegistry sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(AccountChanged event) {
        int ended = 0;
        for (String sessionId :
                store.findByPrincipalName(Long.toString(event.userId())).keySet()) {
            SessionInformation session = sessions.getSessionInformation(sessionId);
            if (session != null && !sessionId.equals(event.keptSessionId())) {
                session.expireNow();
                ended++;
            }
        }
        if (ended > 0) {
            LOG.info("Ended {} session(s) of user {}: {}", ended, event.userId(), event.change());
        }
    }
}
