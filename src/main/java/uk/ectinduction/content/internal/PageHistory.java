package uk.ectinduction.content.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.ContentActionTaken;
import uk.ectinduction.content.ContentActionTaken.Action;
import uk.ectinduction.content.PageEditor;
import uk.ectinduction.content.SaveResult;
import uk.ectinduction.people.UserAccounts;

/**
 * A page's history: every version it has had, newest first, what two of them differ by, and Restore, which makes an
 * old version's text the page's new draft. Versions are only ever added (V65 keeps them), so the list is the whole
 * story of the page. Admins only: drafts and pages taken down are in it.
 */
@Service
@Transactional(readOnly = true)
public class PageHistory {

    /** Lines of unchanged text shown either side of a change; longer unchanged runs are folded. */
    static final int CONTEXT = 3;

    public enum Status {
        LIVE("Live", "govuk-tag--green"),
        DRAFT("Draft", "govuk-tag--blue"),
        TAKEN_DOWN("Taken down", "govuk-tag--red"),
        OLD_DRAFT("Draft, never published", "govuk-tag--grey"),
        OLD("Old", "govuk-tag--grey");

        private final String label;
        private final String tag;

        Status(String label, String tag) {
            this.label = label;
            this.tag = tag;
        }

        public String label() {
            return label;
        }

        /** The GOV.UK tag's colour class; the label says the same in words. */
        public String tag() {
            return tag;
        }
    }

    /**
     * One version as the history lists it. {@code made} is how it came: imported, edited or restored. It is
     * {@code restorable} unless it is the pending draft, or the live text with no draft to replace.
     */
    public record Version(
            long id,
            int number,
            String title,
            Status status,
            String made,
            String author,
            Instant at,
            String note,
            Instant publishedAt,
            String publishedBy,
            String publishNote,
            boolean restorable) {}

    public record History(long pageId, String path, String title, List<Version> versions) {

        public Optional<Version> version(int number) {
            return versions.stream().filter(v -> v.number() == number).findFirst();
        }

        public Optional<Version> pendingDraft() {
            return versions.stream().filter(v -> v.status() == Status.DRAFT).findFirst();
        }
    }

    /** Two versions of a page and the lines that differ from the first to the second (either may be the newer). */
    public record Comparison(History history, Version from, Version to, LineDiff.Folded diff) {}

    public record Restored(int from, int draft) {}

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final PageEditor editor;
    private final ApplicationEventPublisher events;

    PageHistory(JdbcClient jdbc, UserAccounts accounts, PageEditor editor, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.editor = editor;
        this.events = events;
    }

    private record PageRow(long id, String path, Long live, Long draft, Long withdrawn) {}

    private record VersionRow(
            long id,
            int number,
            String title,
            String status,
            String origin,
            Long authorId,
            String note,
            Instant at,
            Instant publishedAt,
            Long publishedBy,
            String publishNote) {}

    /** The page at this address and all its versions, newest first, in three queries. */
    public Optional<History> history(String path) {
        Optional<PageRow> found = jdbc.sql("select id, url_path, current_version_id, draft_version_id, "
                        + "withdrawn_version_id from content_page where url_path = ?")
                .param(path)
                .query((rs, n) -> new PageRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, Long.class),
                        rs.getObject(4, Long.class),
                        rs.getObject(5, Long.class)))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PageRow page = found.get();
        List<VersionRow> rows = jdbc.sql("select id, version_number, title, status, origin, author_id, change_note, "
                        + "created_at, published_at, published_by, publish_note from page_version where page_id = ? "
                        + "order by version_number desc")
                .param(page.id())
                .query((rs, n) -> new VersionRow(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, Long.class),
                        rs.getString(7),
                        instant(rs.getObject(8, OffsetDateTime.class)),
                        instant(rs.getObject(9, OffsetDateTime.class)),
                        rs.getObject(10, Long.class),
                        rs.getString(11)))
                .list();
        Set<Long> people = new HashSet<>();
        rows.forEach(r -> Stream.of(r.authorId(), r.publishedBy())
                .filter(id -> id != null)
                .forEach(people::add));
        Map<Long, String> names = accounts.displayNames(people);
        List<Version> versions = rows.stream()
                .map(r -> version(r, status(page, r), page.draft() != null, names))
                .toList();
        return Optional.of(new History(page.id(), page.path(), versions.get(0).title(), versions));
    }

    private static Version version(VersionRow r, Status status, boolean draftPending, Map<Long, String> names) {
        return new Version(
                r.id(),
                r.number(),
                r.title(),
                status,
                made(r.origin()),
                r.authorId() == null ? null : names.getOrDefault(r.authorId(), "Unknown"),
                r.at(),
                r.note(),
                r.publishedAt(),
                r.publishedBy() == null ? null : names.getOrDefault(r.publishedBy(), "Unknown"),
                r.publishNote(),
                status != Status.DRAFT && (status != Status.LIVE || draftPending));
    }

    /** The lines version {@code from} and version {@code to} of the page differ by; empty if either is not its. */
    public Optional<Comparison> compare(String path, int from, int to) {
        Optional<History> found = history(path);
        Optional<Version> first = found.flatMap(h -> h.version(from));
        Optional<Version> second = found.flatMap(h -> h.version(to));
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> sources = new HashMap<>();
        jdbc.sql("select id, source_markdown from page_version where id in (?, ?)")
                .params(first.get().id(), second.get().id())
                .query(rs -> {
                    sources.put(rs.getLong(1), rs.getString(2));
                });
        List<LineDiff.Line> lines = LineDiff.of(
                sources.get(first.get().id()), sources.get(second.get().id()));
        return Optional.of(new Comparison(found.get(), first.get(), second.get(), LineDiff.Folded.of(lines, CONTEXT)));
    }

    /**
     * Restore: version {@code number}'s text becomes the page's new draft, noted "Restored from version N", and the
     * audit log says so in the same transaction. Readers see no change until the draft is published. Empty if the
     * page has no such version, or it is not {@link Version#restorable()}.
     */
    @Transactional
    public Optional<Restored> restore(String path, int number, long actorId) {
        return history(path)
                .flatMap(history -> history.version(number)
                        .filter(Version::restorable)
                        .map(version -> {
                            String note = "Restored from version " + number;
                            SaveResult.Saved draft =
                                    editor.draftFromVersion(history.pageId(), version.id(), actorId, note);
                            events.publishEvent(new ContentActionTaken(
                                    Action.RESTORE,
                                    history.path(),
                                    actorId,
                                    "version " + number + " restored as draft version " + draft.versionNumber()));
                            return new Restored(number, draft.versionNumber());
                        }));
    }

    private static Status status(PageRow page, VersionRow version) {
        Long id = version.id();
        if (id.equals(page.live())) {
            return Status.LIVE;
        }
        if (id.equals(page.draft())) {
            return Status.DRAFT;
        }
        if (id.equals(page.withdrawn())) {
            return Status.TAKEN_DOWN;
        }
        return "DRAFT".equals(version.status()) ? Status.OLD_DRAFT : Status.OLD;
    }

    private static String made(String origin) {
        return switch (origin) {
            case "EDIT" -> "Edited";
            case "RESTORE" -> "Restored";
            default -> "Imported";
        };
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
