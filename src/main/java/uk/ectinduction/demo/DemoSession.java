package uk.ectinduction.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ectinduction.people.AppUserDetailsService;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.training.TrainingSessions;

/**
 * The demo cohort's training session: the seed tutor materials (Summer week 1 of the real module), scheduled by the
 * demo tutor a few school days ahead, so that the tutor and the demo ECTs see one at once. Checked at each start:
 * a demo whose data is kept between runs gets a new one only when no session of the cohort is still to come.
 */
@Component
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
@ConditionalOnWebApplication
class DemoSession {

    static final String TUTOR = "tutor@example.com";
    static final String MATERIALS =
            "/programmes/education-development-trust/year-1-a-people-profession/summer-week-1-induction-tutor-materials";
    static final int SCHOOL_DAYS_AHEAD = 3;
    static final LocalTime STARTS_AT = LocalTime.of(15, 45);
    static final String PLACE = "Training room, Northfield Teaching School";

    private final TrainingSessions sessions;
    private final AppUserDetailsService users;
    private final Clock clock;

    DemoSession(TrainingSessions sessions, AppUserDetailsService users, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public void load(long cohortId) {
        SignedInUser tutor = (SignedInUser) users.loadUserByUsername(TUTOR);
        boolean oneToCome =
                sessions.forTutor(tutor).upcoming().stream().anyMatch(s -> s.cohortId() == cohortId && !s.cancelled());
        if (!oneToCome) {
            sessions.schedule(tutor, MATERIALS, cohortId, schoolDaysAhead(), STARTS_AT, PLACE, null);
        }
    }

    private LocalDate schoolDaysAhead() {
        LocalDate day = LocalDate.now(clock);
        for (int left = SCHOOL_DAYS_AHEAD; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}
