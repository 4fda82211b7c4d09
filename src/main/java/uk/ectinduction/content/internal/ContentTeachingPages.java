package uk.ectinduction.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.Audience;
import uk.ectinduction.framework.TeachingPages;
import uk.ectinduction.people.Role;

/** The pages whose current version names a statement among its learning intentions, as the viewer may see them. */
@Component
class ContentTeachingPages implements TeachingPages {

    private final JdbcClient jdbc;

    ContentTeachingPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(String title, String urlPath, String audience, Integer year, String moduleTitle, String weekTitle) {}

    @Override
    @Transactional(readOnly = true)
    public List<TeachingPage> teaching(String code, Set<Role> viewerRoles) {
        if (code == null || code.isBlank()) {
            return List.of();
        }
        List<String> audiences =
                Audience.visibleTo(viewerRoles).stream().map(Enum::name).toList();
        List<Row> rows = jdbc.sql("""
                select distinct v.title, p.url_path, p.audience, m.year, m.title as module_title,
                       w.title as week_title, w.number, p.position
                  from learning_intention li
                  join page_version v on v.id = li.version_id
                  join content_page p on p.current_version_id = v.id
                  left join induction_module m on m.id = p.module_id
                  left join week w on w.id = p.week_id
                 where lower(li.code) = ? and p.audience in (:audiences)
                   and p.retired_at is null and m.retired_at is null and w.retired_at is null
                 order by m.year nulls last, m.title, w.number nulls last, p.position, p.url_path""".replace("?", ":code"))
                .param("code", code.strip().toLowerCase(Locale.ROOT))
                .param("audiences", audiences)
                .query(Row.class)
                .list();
        List<TeachingPage> pages = new ArrayList<>();
        for (Row row : rows) {
            List<String> context = new ArrayList<>();
            if (row.year() != null) {
                context.add("Year " + row.year());
            }
            if (row.moduleTitle() != null) {
                context.add(row.moduleTitle());
            }
            if (row.weekTitle() != null) {
                context.add(row.weekTitle());
            }
            context.add(Audience.valueOf(row.audience()).label());
            pages.add(new TeachingPage(row.title(), row.urlPath(), String.join(" · ", context)));
        }
        return pages;
    }
}
