package uk.ectinduction.content.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.ectinduction.content.EditablePage;
import uk.ectinduction.system.PooledSequence;

/** The editor's reads and writes of pages and versions; the versions' own rows are written by {@link VersionRows}. */
@Repository
class EditStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PooledSequence versionIds;

    EditStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
        this.versionIds = PooledSequence.of(template, "page_version_id_seq");
    }

    /** A page and the versions that matter to its editor. */
    record PageRow(
            long id,
            String urlPath,
            String sourcePath,
            String audience,
            long lockVersion,
            Long currentVersionId,
            Long draftVersionId,
            Long withdrawnVersionId) {

        /** The version an editor starts from: the draft, else what readers see, else what was taken down. */
        long baseVersionId() {
            return draftVersionId != null
                    ? draftVersionId
                    : currentVersionId != null ? currentVersionId : withdrawnVersionId;
        }
    }

    record VersionRow(
            long id,
            long pageId,
            int versionNumber,
            String status,
            String title,
            String sourceMarkdown,
            String author,
            Instant createdAt,
            String changeNote) {

        EditablePage.Version summary() {
            return new EditablePage.Version(id, versionNumber, author, createdAt, changeNote);
        }
    }

    private static final String PAGE = "select id, url_path, source_path, audience, lock_version, current_version_id, "
            + "draft_version_id, withdrawn_version_id from content_page ";

    Optional<PageRow> page(String urlPath) {
        return jdbc.sql(PAGE + "where url_path = ?")
                .param(urlPath)
                .query(PageRow.class)
                .optional();
    }

    Optional<PageRow> page(long id) {
        return jdbc.sql(PAGE + "where id = ?").param(id).query(PageRow.class).optional();
    }

    /** A version of this page, with its author's name (app_user is the people module's; only the name is read). */
    Optional<VersionRow> version(long pageId, Long versionId) {
        if (versionId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select v.id, v.page_id, v.version_number, v.status, v.title, v.source_markdown,
                               u.display_name as author, v.created_at, v.change_note
                          from page_version v left join app_user u on u.id = v.author_id
                         where v.id = ? and v.page_id = ?""")
                .param(versionId)
                .param(pageId)
                .query(VersionRow.class)
                .optional();
    }

    /**
     * The optimistic lock: moves the page on by one if it is still at {@code expected}, and answers the new lock
     * version. A concurrent save of the same page waits on the row and then finds it moved on, so only one succeeds.
     */
    OptionalLong claim(long pageId, long expected) {
        return jdbc.sql("update content_page set lock_version = lock_version + 1 where id = ? and lock_version = ? "
                        + "returning lock_version")
                .param(pageId)
                .param(expected)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    /** Moves the page on by one whatever its lock version was, as a restore or publish does. */
    long advance(long pageId) {
        return jdbc.sql("update content_page set lock_version = lock_version + 1 where id = ? returning lock_version")
                .param(pageId)
                .query(Long.class)
                .single();
    }

    record Written(long id, int number) {}

    /** Writes a draft of the page (call with the page's row locked) and makes it the pending one. */
    Written saveDraft(long pageId, String source, ParsedPage parsed, VersionRows.Origin origin) {
        int number = jdbc.sql("select coalesce(max(version_number), 0) + 1 from page_version where page_id = ?")
                .param(pageId)
                .query(Integer.class)
                .single();
        long id = versionIds.next(1).get(0);
        VersionRows rows = new VersionRows();
        rows.add(id, pageId, number, source, parsed, origin);
        rows.write(template, () -> {});
        jdbc.sql("update content_page set draft_version_id = ? where id = ?")
                .param(id)
                .param(pageId)
                .update();
        return new Written(id, number);
    }

    /** Marks a draft published (a version published before keeps its first publication) and makes it live. */
    void publish(long pageId, long versionId, String note, long actorId) {
        jdbc.sql("update page_version set status = 'PUBLISHED', published_at = now(), published_by = ?, "
                        + "publish_note = ? where id = ? and status = 'DRAFT'")
                .param(actorId)
                .param(note)
                .param(versionId)
                .update();
        jdbc.sql("""
                        update content_page
                           set current_version_id = ?,
                               draft_version_id = case when draft_version_id = ? then null else draft_version_id end,
                               withdrawn_version_id = null, unpublished_at = null, unpublished_by = null
                         where id = ?""").param(versionId).param(versionId).param(pageId).update();
    }

    boolean unpublish(long pageId, long actorId) {
        return jdbc.sql("""
                        update content_page
                           set withdrawn_version_id = current_version_id, current_version_id = null,
                               unpublished_at = now(), unpublished_by = ?
                         where id = ? and current_version_id is not null""").param(actorId).param(pageId).update() == 1;
    }
}
