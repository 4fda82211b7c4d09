package uk.ectinduction.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ectinduction.people.AppUserDetailsService;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.training.SessionDetails;
import uk.ectinduction.training.TrainingSessions;

/** A newcomer sees a training session at once: the demo cohort's Summer week 1 session, a few school days ahead. */
@IntegrationTest
class DemoSessionTest {

    @Autowired
    DemoSession demoSession;

    @Autowired
    DemoCohort demoCohort;

    @Autowired
    TrainingSessions sessions;

    @Autowired
    AppUserDetailsService users;

    @Autowired
    UserAccounts accounts;

    SessionDetails theDemoSession() {
        SignedInUser tutor = (SignedInUser) users.loadUserByUsername(DemoSession.TUTOR);
        var coming = sessions.forTutor(tutor).upcoming().stream()
                .filter(s -> s.cohortName().equals(DemoCohort.NAME))
                .toList();
        assertThat(coming).hasSize(1);
        return coming.get(0);
    }

    @Test
    void theDemoTutorAndTheDemoEctsSeeTheSeedSessionAFewSchoolDaysAhead() {
        SessionDetails session = theDemoSession();

        assertThat(session.materialsPath()).isEqualTo(DemoSession.MATERIALS);
        assertThat(session.on())
                .isAfter(LocalDate.now())
                .isBefore(LocalDate.now().plusDays(8));
        assertThat(session.cancelled()).isFalse();
        for (String ect : new String[] {"ect@example.com", "ect2@example.com"}) {
            assertThat(sessions.comingForEct(
                            accounts.findByEmail(ect).orElseThrow().id()))
                    .anySatisfy(c -> assertThat(c.session().id()).isEqualTo(session.id()));
        }
    }

    @Test
    void loadingTheDemoAgainAddsNoSecondSession() {
        long id = theDemoSession().id();

        demoSession.load(demoCohort.load());

        assertThat(theDemoSession().id()).isEqualTo(id);
    }
}
