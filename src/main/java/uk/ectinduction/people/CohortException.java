package uk.ectinduction.people;

/** A cohort could not be created or changed; the message says why in one sentence. */
class CohortException extends RuntimeException {
    CohortException(String message) {
        super(message);
    }
}
