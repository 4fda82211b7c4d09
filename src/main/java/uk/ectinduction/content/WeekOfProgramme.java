package uk.ectinduction.content;

import java.util.List;
import java.util.Map;
import uk.ectinduction.content.PageView.Link;

/**
 * One teaching week of a programme, as {@link ProgrammeWeeks} numbers them: where it sits, and the pages of
 * each audience the reader may see, in order. (A cohort's calendar has its own programme weeks, in people: dates,
 * not pages.)
 */
public record WeekOfProgramme(
        int number,
        String moduleTitle,
        String moduleUrl,
        int weekInModule,
        String title,
        Map<Audience, List<Link>> pages) {

    public List<Link> pagesFor(Audience audience) {
        return pages.getOrDefault(audience, List.of());
    }

    public List<Link> ectPages() {
        return pagesFor(Audience.ECT);
    }

    public List<Link> mentorPages() {
        return pagesFor(Audience.MENTOR);
    }

    public List<Link> tutorPages() {
        return pagesFor(Audience.INDUCTION_TUTOR);
    }
}
