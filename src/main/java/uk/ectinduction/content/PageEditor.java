package uk.ectinduction.content;

import java.util.Optional;

/**
 * Admins change pages in the app. A save makes a new draft version, read through the import's own pipeline, so the
 * page's structure (sections, timed activities, learning intentions, statement links) always follows its text; only
 * admins see a draft until it is published. Saves are checked against the page's lock version, so that of two
 * editors who started from the same text the second is shown a conflict instead of overwriting the first.
 * Edits, publishing and unpublishing are announced as {@link ContentActionTaken} inside their transaction.
 */
public interface PageEditor {

    Optional<EditablePage> open(String urlPath);

    Optional<EditablePage> open(long pageId);

    /** The text as its page would show it to an admin, without saving anything. */
    PagePreview preview(long pageId, PageText text);

    /** Saves the text as the page's new draft, if the page is still at {@code expectedLockVersion}. */
    SaveResult saveDraft(long pageId, PageText text, String note, long authorId, long expectedLockVersion);

    enum Publishing {
        PUBLISHED,
        /** The version is not the page's pending draft (nor, for a page taken down, what was taken down). */
        NOT_PUBLISHABLE
    }

    /** Makes the page's draft (or, for a page taken down, the version taken down) the one readers see. */
    Publishing publish(long pageId, long versionId, String note, long actorId);

    /** Takes a live page down: readers get 404, admins still see it. False if it was not live. */
    boolean unpublish(long pageId, long actorId);

    /**
     * Makes an older version's source the page's new draft (Restore). Announces nothing itself: the caller announces
     * the restore. The checks on save are in the result.
     */
    SaveResult.Saved draftFromVersion(long pageId, long versionId, long actorId, String note);
}
