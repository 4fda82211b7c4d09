package uk.ectinduction.content;

import java.util.List;

/** How saving a page's text went: a new draft, a conflict with someone else's save, or text that cannot be read. */
public sealed interface SaveResult {

    /** The new draft, with the warnings of the checks on save (they never stop a save). */
    record Saved(long versionId, int versionNumber, long lockVersion, List<ImportReport.Problem> warnings)
            implements SaveResult {}

    /** The page changed since the editor opened it: nothing was saved; their text and the current one, to merge. */
    record Conflict(EditablePage current, PageText theirs) implements SaveResult {}

    /** The text cannot be read as a page (bad front matter, no title): nothing was saved. */
    record Unreadable(ImportReport.Problem error) implements SaveResult {}
}
