package uk.ectinduction.content.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.Audience;
import uk.ectinduction.content.ContentActionTaken;
import uk.ectinduction.content.ContentActionTaken.Action;
import uk.ectinduction.content.internal.Importer.PageSource;
import uk.ectinduction.content.internal.StructureRows.Table;
import uk.ectinduction.framework.FrameworkStatements;
import uk.ectinduction.framework.Statement;

/**
 * An admin's changes to pages: create, rename, reorder, move to another week of the module, retire. A page's
 * address never changes (learning logs, meetings and other pages link it), so a move changes only its week. A
 * new page and a renamed one get a new version written from Markdown, through the importer's own parser, so page
 * and structure agree and the export carries the change.
 */
@Service
public class PageChanges implements StructureChanges {

    private final JdbcTemplate jdbc;
    private final StructureRows rows;
    private final ContentStore store;
    private final FrameworkStatements statements;
    private final ApplicationEventPublisher events;

    PageChanges(
            JdbcTemplate jdbc,
            StructureRows rows,
            ContentStore store,
            FrameworkStatements statements,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.store = store;
        this.statements = statements;
        this.events = events;
    }

    record PageRow(long id, String sourcePath, String urlPath, Long weekId, Long moduleId, String audience) {}

    /**
     * A new page in a live week, last among the week's pages of its audience. Its file name follows the providers'
     * ({@code summer-week-3-…}, {@code intro-…} for week 0), so an import of the exported tree puts it back in its
     * week; its audience is in its front matter.
     */
    @Transactional
    public String create(long weekId, String title, Audience audience, Long actorId) {
        record Week(long programmeId, long moduleId, String modulePath, int number, String term) {}
        Week week = jdbc
                .query(
                        """
                        select m.programme_id, m.id, pr.slug || '/' || m.slug, w.number, coalesce(w.term, m.term)
                          from week w join induction_module m on m.id = w.module_id
                          join programme pr on pr.id = m.programme_id
                         where w.id = ? and w.retired_at is null and m.retired_at is null""",
                        (rs, n) ->
                                new Week(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5)),
                        weekId)
                .stream()
                .findFirst()
                .orElseThrow(StructureProblem::notFound);
        String prefix = week.number() == 0
                ? "intro-"
                : (week.term() == null ? "" : week.term().toLowerCase(Locale.ROOT) + "-") + "week-" + week.number()
                        + "-";
        String name = freeName(prefix + PagePlacement.slug(title), n -> taken(week.modulePath() + "/" + n + ".md"));
        String sourcePath = week.modulePath() + "/" + name + ".md";
        String markdown =
                "---\ntitle: " + PageTitle.quoted(title) + "\naudience: " + frontMatterAudience(audience) + "\n---\n";
        long id = insertPage(
                week.programmeId(),
                week.moduleId(),
                weekId,
                sourcePath,
                "PART",
                partKind(sourcePath, audience),
                audience);
        jdbc.update(
                "update content_page set position = coalesce((select max(position) + 1 from content_page "
                        + "where week_id = ? and id <> ?), 0) where id = ?",
                weekId,
                id,
                id);
        store.saveVersion(id, source(sourcePath, markdown), actorId);
        publish(Action.CREATE, urlPath(sourcePath), actorId, "page \"" + title + "\"");
        return urlPath(sourcePath);
    }

    /** The page of a module an admin made: {@code <programme>/<module>.md}, titled by the module's name. */
    void createModulePage(long programmeId, long moduleId, String sourcePath, String title, Long actorId) {
        long id = insertPage(programmeId, moduleId, null, sourcePath, "MODULE", null, Audience.ALL);
        store.saveVersion(id, source(sourcePath, "---\ntitle: " + PageTitle.quoted(title) + "\n---\n"), actorId);
    }

    /** A new current version whose front matter gives the new title; the rest of its Markdown is as it was. */
    @Transactional
    @Override
    public void rename(long id, int version, String title, Long actorId) {
        PageRow page = page(id);
        rows.claim(Table.PAGE, id, version);
        String current = jdbc.queryForObject(
                "select v.source_markdown from content_page p join page_version v on v.id = p.current_version_id "
                        + "where p.id = ?",
                String.class,
                id);
        store.saveVersion(id, source(page.sourcePath(), PageTitle.rewrite(current, title)), actorId);
        publish(Action.RENAME, page.urlPath(), actorId, "page renamed \"" + title + "\"");
    }

    /** Moves the page up or down among its week's live pages of the same audience, the order its readers see. */
    @Transactional
    @Override
    public void reorder(long id, int version, boolean up, Long actorId) {
        PageRow page = page(id);
        rows.claim(Table.PAGE, id, version);
        List<long[]> siblings = jdbc.query(
                """
                select id, position from content_page
                 where week_id is not distinct from ? and module_id is not distinct from ? and audience = ?
                   and kind = 'PART' and retired_at is null
                 order by position, url_path""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)},
                page.weekId(),
                page.moduleId(),
                page.audience());
        List<Long> ids = siblings.stream().map(s -> s[0]).toList();
        List<Long> order = StructureRows.swapped(
                ids,
                ids.indexOf(id),
                up,
                up ? "It is already the first page of its week." : "It is already the last page of its week.");
        rows.reorder(Table.PAGE, order, siblings.stream().map(s -> (int) s[1]).toList());
        publish(Action.REORDER, page.urlPath(), actorId, up ? "page moved up" : "page moved down");
    }

    /** Moves the page to the end of another live week of its module; its address stays as it is. */
    @Transactional
    public void move(long id, int version, long toWeekId, Long actorId) {
        PageRow page = page(id);
        String weekTitle = jdbc
                .queryForList(
                        "select title from week where id = ? and module_id = ? and retired_at is null",
                        String.class,
                        toWeekId,
                        page.moduleId())
                .stream()
                .findFirst()
                .orElseThrow(() -> StructureProblem.refused("Choose a week of the page's own module."));
        if (page.weekId() != null && page.weekId() == toWeekId) {
            throw StructureProblem.refused("The page is already in " + weekTitle + ".");
        }
        rows.claim(Table.PAGE, id, version);
        jdbc.update(
                "update content_page set week_id = ?, position = coalesce((select max(position) + 1 "
                        + "from content_page where week_id = ?), 0) where id = ?",
                toWeekId,
                toWeekId,
                id);
        publish(Action.MOVE, page.urlPath(), actorId, "page moved to " + weekTitle);
    }

    /** Retires the page: readers get 404 for it, admins keep it and every version of it. */
    @Transactional
    @Override
    public void retire(long id, int version, Long actorId) {
        PageRow page = page(id);
        rows.claim(Table.PAGE, id, version);
        jdbc.update("update content_page set retired_at = now() where id = ?", id);
        publish(Action.RETIRE, page.urlPath(), actorId, "page retired");
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… whichever is not {@code taken} yet. */
    static String freeName(String base, Predicate<String> taken) {
        String stem = base.isEmpty() ? "untitled" : base;
        String name = stem;
        for (int n = 2; taken.test(name); n++) {
            name = stem + "-" + n;
        }
        return name;
    }

    private boolean taken(String sourcePath) {
        return !jdbc.queryForList(
                        "select 1 from content_page where lower(url_path) = lower(?)",
                        Integer.class,
                        urlPath(sourcePath))
                .isEmpty();
    }

    private long insertPage(
            long programmeId,
            long moduleId,
            Long weekId,
            String sourcePath,
            String kind,
            String partKind,
            Audience audience) {
        long id = store.newPageId();
        jdbc.update(
                "insert into content_page (id, programme_id, module_id, week_id, source_path, url_path, kind, "
                        + "part_kind, audience) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                programmeId,
                moduleId,
                weekId,
                sourcePath,
                urlPath(sourcePath),
                kind,
                partKind,
                audience.name());
        return id;
    }

    private PageSource source(String sourcePath, String markdown) {
        PagePlacement place = PagePlacement.of(sourcePath);
        ParsedPage parsed = PageParser.parse(
                sourcePath,
                markdown,
                place.isModule(),
                quoted -> statements.findByText(quoted).map(Statement::code));
        return new PageSource(sourcePath, urlPath(sourcePath), sourcePath, markdown, place, parsed);
    }

    private static String partKind(String sourcePath, Audience audience) {
        return PagePlacement.of(sourcePath).partKind(audience);
    }

    private static String frontMatterAudience(Audience audience) {
        return switch (audience) {
            case MENTOR -> "mentor";
            case INDUCTION_TUTOR -> "induction tutor";
            default -> "ect";
        };
    }

    private static String urlPath(String sourcePath) {
        return "/programmes/" + sourcePath.substring(0, sourcePath.length() - ".md".length());
    }

    private PageRow page(long id) {
        return jdbc
                .query(
                        """
                        select p.id, p.source_path, p.url_path, p.week_id, p.module_id, p.audience
                          from content_page p
                          left join induction_module m on m.id = p.module_id
                          left join week w on w.id = p.week_id
                         where p.id = ? and p.kind = 'PART'
                           and p.retired_at is null and m.retired_at is null and w.retired_at is null""",
                        (rs, n) -> new PageRow(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                (Long) rs.getObject(4),
                                (Long) rs.getObject(5),
                                rs.getString(6)),
                        id)
                .stream()
                .findFirst()
                .orElseThrow(StructureProblem::notFound);
    }

    private void publish(Action action, String target, Long actorId, String detail) {
        events.publishEvent(new ContentActionTaken(action, target, actorId, detail));
    }
}
