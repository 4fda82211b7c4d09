package uk.ectinduction.demo;

import java.util.EnumSet;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.content.PageView.Link;
import uk.ectinduction.content.ProgrammeWeeks;
import uk.ectinduction.content.WeekOfProgramme;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.Role;

/**
 * The demo ECTs' cohort, on the real module, with its start set at each start of the web application so that
 * this week is Summer week 4: the demo mentor's first click is that week's mentor materials. Setting the start
 * afresh (rather than once) keeps a demo whose data is kept between runs from running off the end of a
 * six-week module. Loaded after the demo accounts and content ({@link DemoData}): it looks the week up in the imported
 * programme.
 */
@Component
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
@ConditionalOnWebApplication
class DemoCohort {

    static final String NAME = "Demo cohort";
    static final String PROGRAMME = "education-development-trust";
    /** The mentor materials of the week the demo cohort is in today. */
    static final String THIS_WEEKS_MENTOR_PAGE =
            "/programmes/education-development-trust/year-1-a-people-profession/summer-week-4-mentor-materials";

    private final DemoAccounts accounts;
    private final Cohorts cohorts;
    private final ProgrammeWeeks weeks;

    DemoCohort(DemoAccounts accounts, Cohorts cohorts, ProgrammeWeeks weeks) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.weeks = weeks;
    }

    /** Returns the cohort's id. */
    @Transactional
    public long load() {
        long cohort = cohorts.startSoThatTodayIsWeek(NAME, PROGRAMME, programmeWeekOf(THIS_WEEKS_MENTOR_PAGE));
        cohorts.enrol(accounts.idOf("ect@example.com"), cohort);
        cohorts.enrol(accounts.idOf("ect2@example.com"), cohort);
        cohorts.setTutors(cohort, List.of(accounts.idOf("tutor@example.com")));
        return cohort;
    }

    /** Which programme week has this page among its mentor materials, as the programme's weeks are numbered. */
    private int programmeWeekOf(String mentorPage) {
        return weeks.weeks(PROGRAMME, EnumSet.of(Role.MENTOR)).stream()
                .filter(week -> week.mentorPages().stream().map(Link::href).anyMatch(mentorPage::equals))
                .mapToInt(WeekOfProgramme::number)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo programme has no week with " + mentorPage));
    }
}
