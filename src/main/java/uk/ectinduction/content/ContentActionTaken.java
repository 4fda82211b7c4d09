package uk.ectinduction.content;

/**
 * Something done to the programme content, for the audit log. {@code target} is the page's url path, or the
 * programme slug or module/week path for structure and import/export; {@code actorId} is the admin's app_user id,
 * or null when the command line did it. Published inside the transaction that made the change, so the log's row
 * commits or rolls back with it.
 */
public record ContentActionTaken(Action action, String target, Long actorId, String detail) {

    public enum Action {
        IMPORT,
        EXPORT,
        EDIT,
        PUBLISH,
        UNPUBLISH,
        RESTORE,
        CREATE,
        RENAME,
        REORDER,
        MOVE,
        RETIRE
    }
}
