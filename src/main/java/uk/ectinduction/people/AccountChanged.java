package uk.ectinduction.people;

/**
 * Published when an account changes so that the sessions signed in with it must end: what a session was allowed
 * when it signed in no longer holds. {@code keptSessionId} is the one session that stays (the person's own, when
 * they change their own password), or null for none.
 */
public record AccountChanged(long userId, Change change, String keptSessionId) {

    public enum Change {
        DISABLED,
        ROLES_CHANGED,
        PASSWORD_CHANGED
    }

    /** Every session of the account ends. */
    public static AccountChanged of(long userId, Change change) {
        return new AccountChanged(userId, change, null);
    }
}
