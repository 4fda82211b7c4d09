package uk.ectinduction.training;

/**
 * A session cannot be scheduled or changed as asked (a day in the past, nowhere to meet). The forms' validators
 * catch these first with field errors; the service checks again, so no other caller can save such a session.
 */
public class SessionException extends RuntimeException {
    public SessionException(String message) {
        super(message, null, false, false);
    }
}
