package uk.ectinduction.content.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.Audience;

/**
 * A programme's modules, weeks and pages as its admins shape them, retired ones included (marked, with when),
 * and each row's lock version for the forms that change it. Two queries, whatever the programme's size.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeStructure {

    private final JdbcClient jdbc;

    ProgrammeStructure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The three kinds of thing in a programme, named as they stand in the admin's paths. */
    public enum Kind {
        MODULES("select pr.slug from programme pr join induction_module m on m.programme_id = pr.id where m.id = ?"),
        WEEKS("select pr.slug from programme pr join induction_module m on m.programme_id = pr.id "
                + "join week w on w.module_id = m.id where w.id = ?"),
        PAGES("select pr.slug from programme pr join content_page p on p.programme_id = pr.id "
                + "where p.id = ? and p.kind = 'PART'");

        private final String programmeQuery;

        Kind(String programmeQuery) {
            this.programmeQuery = programmeQuery;
        }
    }

    /** The slug of the programme a module, week or page is in. */
    public Optional<String> programmeOf(Kind kind, long id) {
        return jdbc.sql(kind.programmeQuery).param(id).query(String.class).optional();
    }

    public record Programme(String slug, String title, List<Module> modules) {}

    public record Module(
            long id,
            String title,
            String urlPath,
            Integer year,
            String term,
            int version,
            OffsetDateTime retiredAt,
            List<Week> weeks,
            List<Page> unplaced) {

        public boolean retired() {
            return retiredAt != null;
        }
    }

    public record Week(long id, int number, String title, int version, OffsetDateTime retiredAt, List<Page> pages) {

        public boolean retired() {
            return retiredAt != null;
        }
    }

    public record Page(
            long id,
            String title,
            String urlPath,
            Audience audience,
            int versionNumber,
            int version,
            OffsetDateTime retiredAt) {

        public boolean retired() {
            return retiredAt != null;
        }
    }

    record Row(
            long moduleId,
            String moduleTitle,
            String moduleUrl,
            Integer year,
            String term,
            int moduleVersion,
            OffsetDateTime moduleRetiredAt,
            Long weekId,
            Integer weekNumber,
            String weekTitle,
            Integer weekVersion,
            OffsetDateTime weekRetiredAt) {}

    record PageRow(
            long id,
            long moduleId,
            Long weekId,
            String title,
            String urlPath,
            String audience,
            int versionNumber,
            int structureVersion,
            OffsetDateTime retiredAt) {}

    public Optional<Programme> programme(String slug) {
        Optional<String> title = jdbc.sql("select title from programme where slug = ?")
                .param(slug)
                .query(String.class)
                .optional();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = jdbc.sql("""
                select m.id as module_id, m.title as module_title,
                       (select mp.url_path from content_page mp where mp.module_id = m.id and mp.kind = 'MODULE'
                         limit 1) as module_url,
                       m.year, m.term, m.structure_version as module_version, m.retired_at as module_retired_at,
                       w.id as week_id, w.number as week_number, w.title as week_title,
                       w.structure_version as week_version, w.retired_at as week_retired_at
                  from programme pr
                  join induction_module m on m.programme_id = pr.id
                  left join week w on w.module_id = m.id
                 where pr.slug = ?
                 order by m.year nulls last,
                          case m.term when 'AUTUMN' then 1 when 'SPRING' then 2 when 'SUMMER' then 3 else 4 end,
                          m.position, m.title, w.position, w.number""").param(slug).query(Row.class).list();
        Map<Long, List<Page>> pagesByWeek = new LinkedHashMap<>();
        Map<Long, List<Page>> unplaced = new LinkedHashMap<>();
        jdbc.sql("""
                select p.id, p.module_id, p.week_id, v.title, p.url_path, p.audience,
                       v.version_number, p.structure_version, p.retired_at
                  from content_page p
                  join programme pr on pr.id = p.programme_id
                  join page_version v on v.id = p.current_version_id
                 where pr.slug = ? and p.kind = 'PART'
                 order by p.position, p.url_path""").param(slug).query(PageRow.class).list().forEach(p -> {
            Page page = new Page(
                    p.id(),
                    p.title(),
                    p.urlPath(),
                    Audience.valueOf(p.audience()),
                    p.versionNumber(),
                    p.structureVersion(),
                    p.retiredAt());
            (p.weekId() == null ? unplaced : pagesByWeek)
                    .computeIfAbsent(p.weekId() == null ? p.moduleId() : p.weekId(), k -> new ArrayList<>())
                    .add(page);
        });
        Map<Long, Module> modules = new LinkedHashMap<>();
        for (Row row : rows) {
            Module module = modules.computeIfAbsent(
                    row.moduleId(),
                    id -> new Module(
                            id,
                            row.moduleTitle(),
                            row.moduleUrl(),
                            row.year(),
                            row.term(),
                            row.moduleVersion(),
                            row.moduleRetiredAt(),
                            new ArrayList<>(),
                            unplaced.getOrDefault(id, List.of())));
            if (row.weekId() != null) {
                module.weeks()
                        .add(new Week(
                                row.weekId(),
                                row.weekNumber(),
                                row.weekTitle(),
                                row.weekVersion(),
                                row.weekRetiredAt(),
                                pagesByWeek.getOrDefault(row.weekId(), List.of())));
            }
        }
        return Optional.of(new Programme(slug, title.get(), List.copyOf(modules.values())));
    }
}
