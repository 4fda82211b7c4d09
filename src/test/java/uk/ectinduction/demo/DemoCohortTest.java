package uk.ectinduction.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.ectinduction.content.ProgrammeWeeks;
import uk.ectinduction.content.WeekOfProgramme;
import uk.ectinduction.people.CohortWeek;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.ProgrammeCalendar.ProgrammeWeek;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;

/** The demo ECTs follow the real module and are in its Summer week 4 today, however often the app starts. */
@IntegrationTest
class DemoCohortTest {

    @Autowired
    DemoCohort demoCohort;

    @Autowired
    Cohorts cohorts;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ProgrammeWeeks programmeWeeks;

    @Autowired
    JdbcClient jdbc;

    CohortWeek demoEctsWeek() {
        return cohorts.weekOfEct(
                        accounts.findByEmail("ect@example.com").orElseThrow().id())
                .orElseThrow();
    }

    @Test
    void theDemoEctsAreInSummerWeek4OfTheRealModuleToday() {
        CohortWeek week = demoEctsWeek();

        assertThat(week.cohort().name()).isEqualTo("Demo cohort");
        assertThat(week.cohort().programmeSlug()).isEqualTo("education-development-trust");
        int number = week.thisWeek().map(ProgrammeWeek::number).orElseThrow();
        WeekOfProgramme content = programmeWeeks
                .week("education-development-trust", number, Set.of(Role.MENTOR))
                .orElseThrow();
        assertThat(content.weekInModule()).isEqualTo(4);
        assertThat(content.mentorPages())
                .extracting(l -> l.href())
                .contains(
                        "/programmes/education-development-trust/year-1-a-people-profession/summer-week-4-mentor-materials");
        assertThat(cohorts.weekOfEct(
                        accounts.findByEmail("ect2@example.com").orElseThrow().id()))
                .map(w -> w.cohort().id())
                .contains(week.cohort().id());
    }

    @Test
    void startingAgainChangesNothing() throws Exception {
        CohortWeek before = demoEctsWeek();
        long version = jdbc.sql("select version from cohort where id = ?")
                .param(before.cohort().id())
                .query(Long.class)
                .single();

        demoCohort.load();

        assertThat(demoEctsWeek()).isEqualTo(before);
        assertThat(jdbc.sql("select version from cohort where id = ?")
                        .param(before.cohort().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(version);
        assertThat(jdbc.sql("select count(*) from cohort where name = 'Demo cohort'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
