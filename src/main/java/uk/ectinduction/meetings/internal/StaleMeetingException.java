package uk.ectinduction.meetings.internal;

/** The meeting was saved from another tab or window after this screen was opened. */
public class StaleMeetingException extends RuntimeException {
    StaleMeetingException() {
        super("This meeting was changed in another tab or window after you opened this page", null, false, false);
    }
}
