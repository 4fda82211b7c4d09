package uk.ectinduction.training;

/** The session was changed in another tab or window after this page was opened. */
public class StaleSessionException extends RuntimeException {
    public StaleSessionException() {
        super("This session was changed in another tab or window after you opened this page", null, false, false);
    }
}
