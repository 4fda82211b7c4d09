package uk.ectinduction.people.internal;

/** An account could not be created or changed; the message says why in one sentence. */
public class AccountException extends RuntimeException {
    public AccountException(String message) {
        super(message);
    }
}
