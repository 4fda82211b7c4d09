package uk.ectinduction.people;

import java.net.URI;
import java.time.Instant;

/**
 * Sends people the links they need (to set or reset a password). Replace the default bean with one
 * that sends email, e.g. through GOV.UK Notify; until then the admin passes the link on.
 */
public interface AccountMail {
    void sendPasswordLink(Person to, URI link, Instant expiresAt);
}
