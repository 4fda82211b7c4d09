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
 * An admin's changes to a module's weeks: create, rename, reorder, retire. A week keeps its number (the
 * provider's name for it, which its pages' file names carry); the order readers see is its position.
 */
@Service
public class WeekChanges implements StructureChanges {

    private final JdbcTemplate jdbc;
    private final StructureRows rows;
    private final ApplicationEventPublisher events;

    WeekChanges(JdbcTemplate jdbc, StructureRows rows, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.events = events;
    }

    record WeekRow(long id, long moduleId, String modulePath, int number) {

        String path() {
            return modulePath + "/week-" + number;
        }
    }

    /** A new week at the end of a live module, numbered after every week it has had. */
    @Transactional
    public long create(long moduleId, String title, Long actorId) {
        String modulePath = jdbc.queryForList("""
                        select pr.slug || '/' || m.slug from induction_module m join programme pr on pr.id = m.programme_id
                         where m.id = ? and m.retired_at is null""", String.class, moduleId).stream()
                .findFirst()
                .orElseThrow(StructureProblem::notFound);
        // The module's row is locked first, so two admins adding a week at once take different numbers.
        jdbc.queryForList("select id from induction_module where id = ? for update", Long.class, moduleId);
        int number = jdbc.queryForObject(
                "select coalesce(max(number), 0) + 1 from week where module_id = ?", Integer.class, moduleId);
        long id = jdbc.queryForObject("""
                insert into week (module_id, number, title, term, position)
                select m.id, ?, ?, m.term, coalesce((select max(position) + 1 from week where module_id = m.id), ?)
                  from induction_module m where m.id = ?
                returning id""", Long.class, number, title, number, moduleId);
        publish(Action.CREATE, modulePath + "/week-" + number, actorId, "week \"" + title + "\"");
        return id;
    }

    @Transactional
    @Override
    public void rename(long id, int version, String title, Long actorId) {
        WeekRow week = week(id);
        rows.claim(Table.WEEK, id, version);
        jdbc.update("update week set title = ? where id = ?", title, id);
        publish(Action.RENAME, week.path(), actorId, "week renamed \"" + title + "\"");
    }

    /** Moves the week up or down among its module's live weeks. */
    @Transactional
    @Override
    public void reorder(long id, int version, boolean up, Long actorId) {
        WeekRow week = week(id);
        rows.claim(Table.WEEK, id, version);
        List<long[]> siblings = jdbc.query(
                "select id, position from week where module_id = ? and retired_at is null order by position, number",
                (rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)},
                week.moduleId());
        List<Long> ids = siblings.stream().map(s -> s[0]).toList();
        List<Long> order = StructureRows.swapped(
                ids,
                ids.indexOf(id),
                up,
                up ? "It is already the first week of its module." : "It is already the last week of its module.");
        rows.reorder(Table.WEEK, order, siblings.stream().map(s -> (int) s[1]).toList());
        publish(Action.REORDER, week.path(), actorId, up ? "week moved up" : "week moved down");
    }

    /** Retires the week: it and its pages leave readers' navigation and the cohorts' programme weeks. */
    @Transactional
    @Override
    public void retire(long id, int version, Long actorId) {
        WeekRow week = week(id);
        rows.claim(Table.WEEK, id, version);
        jdbc.update("update week set retired_at = now() where id = ?", id);
        publish(Action.RETIRE, week.path(), actorId, "week retired");
    }

    private WeekRow week(long id) {
        return jdbc
                .query("""
                        select w.id, w.module_id, pr.slug || '/' || m.slug, w.number from week w
                          join induction_module m on m.id = w.module_id
                          join programme pr on pr.id = m.programme_id
                         where w.id = ? and w.retired_at is null and m.retired_at is null""", (rs, n) -> new WeekRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)), id)
                .stream()
                .findFirst()
                .orElseThrow(StructureProblem::notFound);
    }

    private void publish(Action action, String target, Long actorId, String detail) {
        events.publishEvent(new ContentActionTaken(action, target, actorId, detail));
    }
}
