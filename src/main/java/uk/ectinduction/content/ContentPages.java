package uk.ectinduction.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.PageView.Agenda;
import uk.ectinduction.content.PageView.AudienceLinks;
import uk.ectinduction.content.PageView.Link;
import uk.ectinduction.content.PageView.SectionView;
import uk.ectinduction.content.PageView.TermView;
import uk.ectinduction.content.PageView.WeekView;
import uk.ectinduction.people.Role;

/**
 * Reads content pages for their readers. A page of an audience the reader may not see is absent, exactly
 * as a page that does not exist. Each page takes a fixed number of queries, whatever the module's size.
 */
@Service
@Transactional(readOnly = true)
public class ContentPages {

    private final JdbcClient jdbc;

    ContentPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PageRow(
            long id,
            String urlPath,
            PageKind kind,
            String audience,
            Long moduleId,
            long programmeId,
            long versionId,
            int versionNumber,
            String title,
            String heading,
            String caption,
            Integer statedMinutes,
            String programmeTitle,
            String programmeUrl,
            String moduleTitle,
            String moduleUrl,
            Integer weekNumber,
            String weekTitle,
            boolean unpublished,
            boolean draftPending) {}

    record SectionRow(
            int position,
            String kind,
            String heading,
            Integer headingLevel,
            String name,
            Integer minutes,
            String audience,
            String bodyHtml) {}

    record SiblingRow(
            String urlPath,
            PageKind kind,
            String audience,
            String title,
            Integer statedMinutes,
            Integer activityMinutes,
            Integer weekNumber,
            String weekTitle) {}

    public Optional<PageView> page(String urlPath, Set<Role> roles) {
        Set<Audience> visible = Audience.visibleTo(roles);
        Optional<PageRow> found =
                jdbc.sql("""
                select p.id, p.url_path, p.kind, p.audience, p.module_id, p.programme_id,
                       v.id as version_id, v.version_number, v.title, v.heading, v.caption, v.stated_minutes,
                       pr.title as programme_title,
                       (select pp.url_path from content_page pp
                         where pp.programme_id = p.programme_id and pp.kind = 'PROGRAMME' limit 1) as programme_url,
                       m.title as module_title,
                       (select mp.url_path from content_page mp
                         where mp.module_id = p.module_id and mp.kind = 'MODULE' limit 1) as module_url,
                       w.number as week_number, w.title as week_title,
                       p.current_version_id is null as unpublished, p.draft_version_id is not null as draft_pending
                  from content_page p
                  join page_version v on v.id = coalesce(p.current_version_id, p.withdrawn_version_id)
                  join programme pr on pr.id = p.programme_id
                  left join induction_module m on m.id = p.module_id
                  left join week w on w.id = p.week_id
                 where p.url_path = ?""").param(urlPath).query(PageRow.class).optional();
        // A page taken down is still there for admins, who may publish it again; to everyone else it is not there.
        boolean admin = roles.contains(Role.ADMIN);
        if (found.isEmpty()
                || !visible.contains(Audience.valueOf(found.get().audience()))
                || (found.get().unpublished() && !admin)) {
            return Optional.empty();
        }
        PageRow page = found.get();
        List<SectionRow> sectionRows =
                jdbc.sql("""
                select position, kind, heading, heading_level, name, minutes, audience, body_html
                  from page_section where version_id = ? order by position""").param(page.versionId()).query(SectionRow.class).list();

        List<SectionView> sections = new ArrayList<>();
        for (SectionRow s : sectionRows) {
            if (s.audience() == null || visible.contains(Audience.valueOf(s.audience()))) {
                sections.add(SectionView.of(
                        s.position(), s.kind(), s.heading(), s.headingLevel(), s.name(), s.minutes(), s.bodyHtml()));
            }
        }
        Agenda agenda = PageView.agenda(sections, page.statedMinutes());

        List<Link> crumbs = new ArrayList<>();
        if (page.kind() != PageKind.PROGRAMME) {
            crumbs.add(new Link(page.programmeTitle(), page.programmeUrl()));
        }
        if (page.kind() == PageKind.PART && page.moduleTitle() != null) {
            crumbs.add(new Link(page.moduleTitle(), page.moduleUrl()));
            if (page.weekTitle() != null) {
                crumbs.add(new Link(page.weekTitle(), null));
            }
        }

        Link previous = null;
        Link next = null;
        List<WeekView> weeks = List.of();
        List<TermView> terms = List.of();
        if (page.kind() == PageKind.PART && page.moduleId() != null) {
            List<SiblingRow> same = siblings(page.moduleId()).stream()
                    .filter(s -> s.kind() == PageKind.PART && s.audience().equals(page.audience()))
                    .toList();
            for (int i = 0; i < same.size(); i++) {
                if (same.get(i).urlPath().equals(page.urlPath())) {
                    previous = i > 0 ? link(same.get(i - 1)) : null;
                    next = i + 1 < same.size() ? link(same.get(i + 1)) : null;
                }
            }
        } else if (page.kind() == PageKind.MODULE && page.moduleId() != null) {
            weeks = weeks(siblings(page.moduleId()), visible);
        } else if (page.kind() == PageKind.PROGRAMME) {
            terms = terms(page.programmeId());
        }
        return Optional.of(new PageView(
                page.urlPath(),
                page.kind(),
                Audience.valueOf(page.audience()),
                page.title(),
                page.heading() != null ? page.heading() : page.title(),
                page.caption(),
                page.versionNumber(),
                crumbs,
                sections,
                agenda,
                previous,
                next,
                weeks,
                terms,
                page.unpublished(),
                admin && page.draftPending()));
    }

    private List<SiblingRow> siblings(long moduleId) {
        return jdbc.sql("""
                select p.url_path, p.kind, p.audience, v.title, v.stated_minutes,
                       (select sum(s.minutes) from page_section s
                         where s.version_id = v.id and s.kind = 'ACTIVITY') as activity_minutes,
                       w.number as week_number, w.title as week_title
                  from content_page p
                  join page_version v on v.id = p.current_version_id
                  left join week w on w.id = p.week_id
                 where p.module_id = ?
                 order by w.number nulls last, p.position, p.url_path""").param(moduleId).query(SiblingRow.class).list();
    }

    private static Link link(SiblingRow row) {
        String where = row.weekTitle() == null ? "" : " (" + row.weekTitle() + ")";
        return new Link(row.title() + where, row.urlPath());
    }

    private static List<WeekView> weeks(List<SiblingRow> rows, Set<Audience> visible) {
        Map<Integer, String> titles = new LinkedHashMap<>();
        Map<Integer, Map<Audience, List<SiblingRow>>> byWeek = new LinkedHashMap<>();
        for (SiblingRow row : rows) {
            if (row.kind() != PageKind.PART || row.weekNumber() == null) {
                continue;
            }
            titles.putIfAbsent(row.weekNumber(), row.weekTitle());
            Audience audience = Audience.valueOf(row.audience());
            if (visible.contains(audience)) {
                byWeek.computeIfAbsent(row.weekNumber(), w -> new LinkedHashMap<>())
                        .computeIfAbsent(audience, a -> new ArrayList<>())
                        .add(row);
            }
        }
        List<WeekView> weeks = new ArrayList<>();
        titles.forEach((number, title) -> {
            List<AudienceLinks> audiences = new ArrayList<>();
            for (Audience audience : EnumSet.of(Audience.ECT, Audience.MENTOR, Audience.INDUCTION_TUTOR)) {
                List<SiblingRow> pages = byWeek.getOrDefault(number, Map.of()).get(audience);
                if (pages == null) {
                    continue;
                }
                Integer minutes = null;
                for (SiblingRow p : pages) {
                    Integer m = p.statedMinutes() != null ? p.statedMinutes() : p.activityMinutes();
                    if (m != null) {
                        minutes = (minutes == null ? 0 : minutes) + m;
                    }
                }
                audiences.add(new AudienceLinks(
                        audience.label(),
                        pages.stream()
                                .map(p -> new Link(p.title(), p.urlPath()))
                                .toList(),
                        minutes));
            }
            weeks.add(new WeekView(number, title, audiences));
        });
        return weeks;
    }

    record ModuleRow(String title, Integer year, String term, String urlPath) {}

    private List<TermView> terms(long programmeId) {
        List<ModuleRow> modules =
                jdbc.sql("""
                select m.title, m.year, m.term,
                       (select p.url_path from content_page p where p.module_id = m.id and p.kind = 'MODULE' limit 1)
                         as url_path
                  from induction_module m
                 where m.programme_id = ?
                 order by m.year nulls last,
                          case m.term when 'AUTUMN' then 1 when 'SPRING' then 2 when 'SUMMER' then 3 else 4 end,
                          m.position, m.title""").param(programmeId).query(ModuleRow.class).list();
        Map<String, List<Link>> byTerm = new LinkedHashMap<>();
        for (ModuleRow m : modules) {
            String heading = m.year() == null
                    ? "Modules"
                    : "Year " + m.year()
                            + (m.term() == null
                                    ? ""
                                    : ": " + m.term().charAt(0)
                                            + m.term().substring(1).toLowerCase(Locale.ROOT) + " term");
            byTerm.computeIfAbsent(heading, h -> new ArrayList<>()).add(new Link(m.title(), m.urlPath()));
        }
        List<TermView> terms = new ArrayList<>();
        byTerm.forEach((title, links) -> terms.add(new TermView(title, links)));
        return terms;
    }
}
