package uk.ectinduction.people.internal;

/** A cohort could not be created or changed; the message says why in one sentence. */
public class CohortException extends RuntimeException {
    public CohortException(String message) {
        super(message);
    }
}
