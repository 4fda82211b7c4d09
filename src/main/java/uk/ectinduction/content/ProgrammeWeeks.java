package uk.ectinduction.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.PageView.Link;
import uk.ectinduction.people.ProgrammeCatalogue;
import uk.ectinduction.people.Role;

/**
 * A programme as a cohort lives it: its teaching weeks in order across its modules (year, term, module,
 * then week), so that "programme week 7" names a week of a module and its pages. Module introductions
 * (week 0) are not teaching weeks, and retired modules, weeks and pages are no part of it.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeWeeks implements ProgrammeCatalogue {

    record Row(
            long weekId,
            String moduleTitle,
            String moduleUrl,
            int weekNumber,
            String weekTitle,
            String audience,
            String pageTitle,
            String urlPath) {}

    /**
     * Mapped by hand, not by {@code query(Row.class)}: that mapper asks the driver for each camel-case name before its
     * underscored column, and the driver answers each miss with an exception, 5,000 of them for a 700-page programme.
     */
    private static final RowMapper<Row> ROW = (rs, n) -> new Row(
            rs.getLong("week_id"),
            rs.getString("module_title"),
            rs.getString("module_url"),
            rs.getInt("week_number"),
            rs.getString("week_title"),
            rs.getString("audience"),
            rs.getString("page_title"),
            rs.getString("url_path"));

    private final JdbcClient jdbc;

    ProgrammeWeeks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every teaching week of the programme, numbered from 1, in one query. */
    public List<WeekOfProgramme> weeks(String programmeSlug, Set<Role> roles) {
        Set<Audience> visible = Audience.visibleTo(roles);
        List<Row> rows = jdbc.sql("""
                select w.id as week_id, m.title as module_title,
                       (select mp.url_path from content_page mp
                         where mp.module_id = m.id and mp.kind = 'MODULE' limit 1) as module_url,
                       w.number as week_number, w.title as week_title, p.audience, v.title as page_title, p.url_path
                  from programme pr
                  join induction_module m on m.programme_id = pr.id
                  join week w on w.module_id = m.id and w.number > 0 and w.retired_at is null
                  left join (content_page p join page_version v on v.id = p.current_version_id)
                         on p.week_id = w.id and p.kind = 'PART' and p.retired_at is null
                 where pr.slug = ? and m.retired_at is null
                 order by m.year nulls last,
                          case coalesce(w.term, m.term) when 'AUTUMN' then 1 when 'SPRING' then 2 when 'SUMMER' then 3
                               else 4 end,
                          m.position, m.id, w.position, w.number, p.position nulls last, p.id""").param(programmeSlug).query(ROW).list();
        Map<Long, List<Row>> byWeek = new LinkedHashMap<>();
        rows.forEach(row ->
                byWeek.computeIfAbsent(row.weekId(), id -> new ArrayList<>()).add(row));
        List<WeekOfProgramme> weeks = new ArrayList<>();
        for (List<Row> weekRows : byWeek.values()) {
            Row first = weekRows.get(0);
            Map<Audience, List<Link>> pages = new LinkedHashMap<>();
            for (Row row : weekRows) {
                if (row.urlPath() != null && visible.contains(Audience.valueOf(row.audience()))) {
                    pages.computeIfAbsent(Audience.valueOf(row.audience()), a -> new ArrayList<>())
                            .add(new Link(row.pageTitle(), row.urlPath()));
                }
            }
            weeks.add(new WeekOfProgramme(
                    weeks.size() + 1,
                    first.moduleTitle(),
                    first.moduleUrl(),
                    first.weekNumber(),
                    first.weekTitle(),
                    pages));
        }
        return weeks;
    }

    /** Programme week {@code number} (from 1), if the programme has that many. */
    public Optional<WeekOfProgramme> week(String programmeSlug, int number, Set<Role> roles) {
        List<WeekOfProgramme> weeks = weeks(programmeSlug, roles);
        return number >= 1 && number <= weeks.size() ? Optional.of(weeks.get(number - 1)) : Optional.empty();
    }

    /** The slugs and titles of the programmes, for choosing one a cohort follows. */
    @Override
    public Map<String, String> programmes() {
        Map<String, String> programmes = new LinkedHashMap<>();
        jdbc.sql("select slug, title from programme order by title")
                .query((rs, n) -> programmes.put(rs.getString(1), rs.getString(2)))
                .list();
        return programmes;
    }
}
