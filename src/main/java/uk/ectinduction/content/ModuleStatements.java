package uk.ectinduction.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.Role;

/**
 * The framework statements that pages and modules name among their learning intentions, for the learning log and
 * module audits. A module is referred to by its address, {@code /programmes/<programme>/<module>} (its module
 * page's address when it has one), which stays the same across re-imports.
 */
@Service
@Transactional(readOnly = true)
public class ModuleStatements {

    /** A page the reader may see, the module it belongs to and the statement codes of its learning intentions. */
    public record PageStatements(String path, String title, String moduleRef, String moduleTitle, List<String> codes) {}

    /** A module and the statement codes named on any of its pages, whatever their audience. */
    public record ModuleSummary(String ref, String title, List<String> codes) {}

    private final JdbcClient jdbc;

    ModuleStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The module address of a programme page's address; empty for a programme page or anything else. */
    public static Optional<String> moduleRefOf(String pagePath) {
        if (pagePath == null || !pagePath.startsWith("/programmes/")) {
            return Optional.empty();
        }
        String[] parts = pagePath.substring("/programmes/".length()).split("/");
        return parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()
                ? Optional.empty()
                : Optional.of("/programmes/" + parts[0] + "/" + parts[1]);
    }

    record PageRow(
            String urlPath,
            String title,
            String audience,
            String moduleTitle,
            String programmeSlug,
            String moduleSlug,
            String codes) {}

    public Optional<PageStatements> page(String urlPath, Set<Role> roles) {
        if (urlPath == null || urlPath.isBlank()) {
            return Optional.empty();
        }
        Set<Audience> visible = Audience.visibleTo(roles);
        return jdbc.sql("""
                select p.url_path, v.title, p.audience, m.title as module_title, pr.slug as programme_slug,
                       m.slug as module_slug,
                       (select string_agg(distinct lower(li.code), ' ') from learning_intention li
                         where li.version_id = v.id and li.code is not null) as codes
                  from content_page p
                  join page_version v on v.id = p.current_version_id
                  join programme pr on pr.id = p.programme_id
                  left join induction_module m on m.id = p.module_id
                  left join week w on w.id = p.week_id
                 where p.url_path = ? and p.retired_at is null and m.retired_at is null and w.retired_at is null""")
                .param(urlPath)
                .query(PageRow.class)
                .optional()
                .filter(row -> visible.contains(Audience.valueOf(row.audience())))
                .map(row -> new PageStatements(
                        row.urlPath(),
                        row.title(),
                        row.moduleSlug() == null ? null : "/programmes/" + row.programmeSlug() + "/" + row.moduleSlug(),
                        row.moduleTitle(),
                        codes(row.codes())));
    }

    record ModuleRow(String ref, String title, String codes) {}

    /** Every module with its statements, in programme order, in one query. */
    public List<ModuleSummary> modules() {
        return moduleRows(null);
    }

    public Optional<ModuleSummary> module(String ref) {
        return ref == null ? Optional.empty() : moduleRows(ref).stream().findFirst();
    }

    private List<ModuleSummary> moduleRows(String ref) {
        return jdbc.sql("""
                select '/programmes/' || pr.slug || '/' || m.slug as ref, m.title,
                       (select string_agg(distinct lower(li.code), ' ') from content_page p
                          join learning_intention li on li.version_id = p.current_version_id
                         where p.module_id = m.id and p.retired_at is null and li.code is not null) as codes
                  from induction_module m
                  join programme pr on pr.id = m.programme_id
                 where (cast(:ref as text) is null and m.retired_at is null)
                    or '/programmes/' || pr.slug || '/' || m.slug = :ref
                 order by pr.title, m.year nulls last,
                          case m.term when 'AUTUMN' then 1 when 'SPRING' then 2 when 'SUMMER' then 3 else 4 end,
                          m.position, m.title""").param("ref", ref).query(ModuleRow.class).list().stream()
                .map(row -> new ModuleSummary(row.ref(), row.title(), codes(row.codes())))
                .toList();
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(" "));
    }
}
