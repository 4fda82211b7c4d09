package uk.ectinduction.people.internal;

/** Someone else saved the record after this form was opened; saving now would overwrite their change. */
public class StaleEditException extends RuntimeException {
    public StaleEditException() {
        super("This record was changed by someone else while you were editing it");
    }
}
