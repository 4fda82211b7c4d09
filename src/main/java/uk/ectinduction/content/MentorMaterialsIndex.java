package uk.ectinduction.content;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every mentor-materials page in programme order (programme, year, term, module, week), for choosing the
 * materials of a mentor meeting. One query, whatever the number of programmes.
 */
@Service
@Transactional(readOnly = true)
public class MentorMaterialsIndex {

    /** A mentor-materials page, with where it sits in its programme. */
    public record MentorMaterials(
            String path,
            String title,
            String programmeSlug,
            String programmeTitle,
            String moduleTitle,
            Integer weekNumber,
            String weekTitle) {

        /** "Module title, Summer week 4: Page title", for a choice list. */
        public String label() {
            StringBuilder label = new StringBuilder();
            if (moduleTitle != null) {
                label.append(moduleTitle).append(", ");
            }
            if (weekTitle != null) {
                label.append(weekTitle).append(": ");
            }
            return label.append(title).toString();
        }
    }

    private final JdbcClient jdbc;

    MentorMaterialsIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MentorMaterials> all() {
        return jdbc.sql("""
                select p.url_path as path, v.title, pr.slug as programme_slug, pr.title as programme_title,
                       m.title as module_title, w.number as week_number, w.title as week_title
                  from content_page p
                  join page_version v on v.id = p.current_version_id
                  join programme pr on pr.id = p.programme_id
                  left join induction_module m on m.id = p.module_id
                  left join week w on w.id = p.week_id
                 where p.kind = 'PART' and p.audience = 'MENTOR'
                   and p.retired_at is null and m.retired_at is null and w.retired_at is null
                 order by pr.title, m.year nulls last,
                          case m.term when 'AUTUMN' then 1 when 'SPRING' then 2 when 'SUMMER' then 3 else 4 end,
                          m.position, m.title, w.position nulls last, w.number, p.position, p.url_path""").query(MentorMaterials.class).list();
    }
}
