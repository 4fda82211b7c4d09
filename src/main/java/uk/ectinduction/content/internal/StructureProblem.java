package uk.ectinduction.content.internal;

/** Why a change to a programme's structure was not made; nothing of it was written. */
public final class StructureProblem extends RuntimeException {

    public enum Reason {
        /** No such module, week or page, or a retired one, which cannot change any more. */
        NOT_FOUND,
        /** Another admin changed it since this admin's page was drawn: the lock version no longer matches. */
        STALE,
        /** The change makes no sense here: the first module moved up, a page moved to its own week. */
        REFUSED
    }

    private final Reason reason;

    StructureProblem(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    static StructureProblem notFound() {
        return new StructureProblem(Reason.NOT_FOUND, "There is no such thing to change, or it has been retired.");
    }

    static StructureProblem stale(String what) {
        return new StructureProblem(
                Reason.STALE,
                "Someone else changed " + what + " after you opened this page, so your change was not made. "
                        + "Check the page as it is now and try again.");
    }

    static StructureProblem refused(String message) {
        return new StructureProblem(Reason.REFUSED, message);
    }

    public Reason reason() {
        return reason;
    }
}
