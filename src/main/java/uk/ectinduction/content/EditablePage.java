package uk.ectinduction.content;

import java.time.Instant;

/**
 * A page opened for editing: its text (the pending draft's if it has one, else the live version's, else what was
 * taken down), the lock version a save must name, and where the page stands.
 *
 * @param baseVersion the version the text is from
 * @param live        the version readers see, or null when the page is unpublished
 * @param draft       the draft waiting to be published, or null
 * @param withdrawn   the version taken down by Unpublish, or null while the page is live
 */
public record EditablePage(
        long pageId,
        String urlPath,
        String sourcePath,
        Audience audience,
        long lockVersion,
        PageText text,
        Version baseVersion,
        Version live,
        Version draft,
        Version withdrawn) {

    /** One version: who made it, when and why; author is null for an import. */
    public record Version(long id, int number, String author, Instant createdAt, String note) {}

    public boolean unpublished() {
        return live == null;
    }
}
