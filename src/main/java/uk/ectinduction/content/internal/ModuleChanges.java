package uk.ectinduction.content.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.ContentActionTaken;
import uk.ectinduction.content.ContentActionTaken.Action;
import uk.ectinduction.content.internal.StructureRows.Table;

/**
 * An admin's changes to a programme's modules: create, rename, reorder, retire. Each runs in one transaction
 * with its record for the audit log, and refuses a form drawn before another admin's change.
 */
@Service
public class ModuleChanges implements StructureChanges {

    private final JdbcTemplate jdbc;
    private final StructureRows rows;
    private final PageChanges pages;
    private final ApplicationEventPublisher events;

    ModuleChanges(JdbcTemplate jdbc, StructureRows rows, PageChanges pages, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.pages = pages;
        this.events = events;
    }

    record ModuleRow(long id, long programmeId, String programmeSlug, String slug, Integer year, String term) {

        String path() {
            return programmeSlug + "/" + slug;
        }
    }

    /**
     * A new module at the end of the programme, in the year and term of its last module, with a module page
     * ({@code <programme>/<module>.md}) so that it has an address, shows on the programme page and is exported.
     */
    @Transactional
    public long create(String programmeSlug, String title, Long actorId) {
        Long programmeId =
                jdbc.queryForList("select id from programme where slug = ?", Long.class, programmeSlug).stream()
                        .findFirst()
                        .orElseThrow(StructureProblem::notFound);
        String slug = PageChanges.freeName(
                PagePlacement.slug(title),
                candidate -> !jdbc.queryForList(
                                "select 1 from induction_module where programme_id = ? and slug = ?",
                                Integer.class,
                                programmeId,
                                candidate)
                        .isEmpty());
        long id = jdbc.queryForObject("""
                insert into induction_module (programme_id, slug, title, year, term, position)
                select ?, ?, ?, last.year, last.term, coalesce(last.position + 1, 0)
                  from (select 1) one
                  left join lateral (select year, term, position from induction_module
                                      where programme_id = ? and retired_at is null
                                      order by year desc nulls first,
                                               case term when 'AUTUMN' then 1 when 'SPRING' then 2
                                                         when 'SUMMER' then 3 else 4 end desc,
                                               position desc
                                      limit 1) last on true
                returning id""", Long.class, programmeId, slug, title, programmeId);
        pages.createModulePage(programmeId, id, programmeSlug + "/" + slug + ".md", title, actorId);
        publish(Action.CREATE, programmeSlug + "/" + slug, actorId, "module \"" + title + "\"");
        return id;
    }

    @Transactional
    @Override
    public void rename(long id, int version, String title, Long actorId) {
        ModuleRow module = module(id);
        rows.claim(Table.MODULE, id, version);
        jdbc.update("update induction_module set title = ? where id = ?", title, id);
        publish(Action.RENAME, module.path(), actorId, "module renamed \"" + title + "\"");
    }

    /** Moves the module up or down among the programme's live modules of the same year and term. */
    @Transactional
    @Override
    public void reorder(long id, int version, boolean up, Long actorId) {
        ModuleRow module = module(id);
        rows.claim(Table.MODULE, id, version);
        List<long[]> siblings = jdbc.query(
                """
                select id, position from induction_module
                 where programme_id = ? and retired_at is null
                   and year is not distinct from ? and term is not distinct from ?
                 order by position, title""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)},
                module.programmeId(),
                module.year(),
                module.term());
        List<Long> ids = siblings.stream().map(s -> s[0]).toList();
        List<Long> order = StructureRows.swapped(
                ids,
                ids.indexOf(id),
                up,
                up ? "It is already the first module of its term." : "It is already the " + "last module of its term.");
        rows.reorder(Table.MODULE, order, siblings.stream().map(s -> (int) s[1]).toList());
        publish(Action.REORDER, module.path(), actorId, up ? "module moved up" : "module moved down");
    }

    /** Retires the module: it leaves readers' navigation with its weeks and pages; nothing of it is deleted. */
    @Transactional
    @Override
    public void retire(long id, int version, Long actorId) {
        ModuleRow module = module(id);
        rows.claim(Table.MODULE, id, version);
        jdbc.update("update induction_module set retired_at = now() where id = ?", id);
        publish(Action.RETIRE, module.path(), actorId, "module retired");
    }

    private ModuleRow module(long id) {
        return jdbc
                .query(
                        """
                        select m.id, m.programme_id, pr.slug, m.slug, m.year, m.term from induction_module m
                          join programme pr on pr.id = m.programme_id
                         where m.id = ? and m.retired_at is null""",
                        (rs, n) -> new ModuleRow(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                (Integer) rs.getObject(5),
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
