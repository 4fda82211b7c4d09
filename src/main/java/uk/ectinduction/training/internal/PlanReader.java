package uk.ectinduction.training.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.ectinduction.content.Audience;
import uk.ectinduction.content.ContentPages;
import uk.ectinduction.content.PageKind;
import uk.ectinduction.content.PageView;
import uk.ectinduction.content.PageView.Activity;
import uk.ectinduction.content.PageView.SectionView;
import uk.ectinduction.people.Role;
import uk.ectinduction.training.SessionPlan;

/**
 * Reads a session's plan from its tutor materials page through content's API, so that the page's own structure
 * (timed activities, preparation, stated duration) is the one source of the plan. Where the page times its
 * sections, the session starts at the first timed one: what comes before (objectives, preparation, the session's
 * title) is read beforehand, not run. Where nothing is timed, every section except the objectives and the
 * preparation is run, untimed. Headings with no text of their own ("Session structure:") are not sections to run.
 */
@Component
public class PlanReader {

    private static final String ACTIVITY = "ACTIVITY";
    private static final String PREPARATION = "PREPARATION";
    private static final String LEARNING_INTENTIONS = "LEARNING_INTENTIONS";

    private final ContentPages pages;

    PlanReader(ContentPages pages) {
        this.pages = pages;
    }

    /** The page, if it is a week's induction tutor materials: the only pages a session is scheduled from. */
    public Optional<PageView> tutorMaterials(String path) {
        return pages.page(path, EnumSet.of(Role.INDUCTION_TUTOR))
                .filter(p -> p.kind() == PageKind.PART && p.audience() == Audience.INDUCTION_TUTOR);
    }

    /** The plan of the page at {@code path}; an empty plan, named by {@code title}, if the page has gone. */
    public SessionPlan plan(String path, String title) {
        return tutorMaterials(path)
                .map(PlanReader::plan)
                .orElseGet(() -> new SessionPlan(title, path, List.of(), List.of(), 0, null));
    }

    static SessionPlan plan(PageView page) {
        List<SectionView> all = page.sections();
        // A timed section is named as the agenda names it: its heading without the timing ("(10 minutes)").
        Map<String, String> names = page.agenda() == null
                ? Map.of()
                : page.agenda().activities().stream().collect(Collectors.toMap(Activity::anchor, Activity::name));
        int first = 0;
        while (first < all.size() && !timed(all.get(first))) {
            first++;
        }
        boolean anyTimed = first < all.size();
        List<SessionPlan.Section> sections = new ArrayList<>();
        List<String> preparation = new ArrayList<>();
        int timedMinutes = 0;
        for (int i = 0; i < all.size(); i++) {
            SectionView s = all.get(i);
            if (PREPARATION.equals(s.kind())) {
                preparation.add(s.html());
                continue;
            }
            boolean inSession = anyTimed ? i >= first : !LEARNING_INTENTIONS.equals(s.kind());
            if (!inSession || (!timed(s) && s.html().isBlank())) {
                continue;
            }
            Integer minutes = timed(s) ? s.minutes() : null;
            if (minutes != null) {
                timedMinutes += minutes;
            }
            String heading = minutes == null ? s.heading() : names.getOrDefault(s.anchor(), s.heading());
            sections.add(new SessionPlan.Section(sections.size() + 1, heading, minutes, s.html()));
        }
        Integer stated = page.agenda() == null ? null : page.agenda().statedMinutes();
        return new SessionPlan(page.title(), page.path(), sections, preparation, timedMinutes, stated);
    }

    private static boolean timed(SectionView s) {
        return ACTIVITY.equals(s.kind()) && s.minutes() != null;
    }
}
