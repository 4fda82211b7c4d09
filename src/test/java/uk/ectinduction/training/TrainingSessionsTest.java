package uk.ectinduction.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ectinduction.people.AppUserDetailsService;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;
import uk.ectinduction.training.TrainingFixtures.Group;
import uk.ectinduction.training.internal.SessionAccess;

@IntegrationTest
class TrainingSessionsTest {

    @Autowired
    TrainingSessions sessions;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Cohorts cohorts;

    @Autowired
    AppUserDetailsService users;

    @Test
    void theSeedSessionsPlanIsItsFiveTimedSectionsOfSixtyMinutesWithItsPreparation() {
        Group group = TrainingFixtures.group(accounts, cohorts);
        SignedInUser tutor = TrainingFixtures.user(users, group.tutor());
        long id = TrainingFixtures.scheduleSeed(sessions, tutor, group);

        SessionPlan plan = sessions.plan(tutor, id);

        assertThat(plan.sections())
                .extracting(SessionPlan.Section::heading)
                .containsExactlyElementsOf(TrainingFixtures.SEED_HEADINGS);
        assertThat(plan.sections())
                .extracting(SessionPlan.Section::minutes)
                .containsExactlyElementsOf(TrainingFixtures.SEED_MINUTES);
        assertThat(plan.timedMinutes()).isEqualTo(60);
        assertThat(plan.totalMinutes()).isEqualTo(60);
        assertThat(plan.disagrees()).isFalse();
        assertThat(plan.preparation()).singleElement().asString().contains("communication policy");
    }

    @Test
    void reschedulingAndCancellingKeepTheHistoryAndAStaleVersionIsRefused() {
        Group group = TrainingFixtures.group(accounts, cohorts);
        SignedInUser tutor = TrainingFixtures.user(users, group.tutor());
        long id = TrainingFixtures.scheduleSeed(sessions, tutor, group);
        LocalDate later = LocalDate.now().plusWeeks(2);

        sessions.reschedule(tutor, id, 0, later, LocalTime.of(15, 30), null, "https://meet.example/abc", "Room booked");
        assertThatThrownBy(() -> sessions.cancel(tutor, id, 0, "old page")).isInstanceOf(StaleSessionException.class);
        sessions.cancel(tutor, id, sessions.toAct(tutor, id).version(), "Staff training day");

        SessionDetails session = sessions.toAct(tutor, id);
        assertThat(session.cancelled()).isTrue();
        assertThat(session.on()).isEqualTo(later);
        assertThat(session.onlineLink()).isEqualTo("https://meet.example/abc");
        assertThat(sessions.history(tutor, id))
                .extracting(SessionChange::kind, SessionChange::on, SessionChange::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                SessionChange.Kind.SCHEDULED, LocalDate.now().plusWeeks(1), null),
                        org.assertj.core.groups.Tuple.tuple(SessionChange.Kind.RESCHEDULED, later, "Room booked"),
                        org.assertj.core.groups.Tuple.tuple(SessionChange.Kind.CANCELLED, later, "Staff training day"));
        assertThat(sessions.history(tutor, id))
                .allMatch(c -> c.byName().equals(group.tutor().displayName()));
    }

    @Test
    void aDayInThePastOrNowhereToMeetIsRefusedAndNothingIsSaved() {
        Group group = TrainingFixtures.group(accounts, cohorts);
        SignedInUser tutor = TrainingFixtures.user(users, group.tutor());
        LocalDate yesterday = LocalDate.now().minusDays(1);

        assertThatThrownBy(() -> sessions.schedule(
                        tutor,
                        TrainingFixtures.SEED_MATERIALS,
                        group.cohortId(),
                        yesterday,
                        LocalTime.NOON,
                        "Hall",
                        null))
                .isInstanceOf(SessionException.class)
                .hasMessageContaining("today or in the future");
        assertThatThrownBy(() -> sessions.schedule(
                        tutor,
                        TrainingFixtures.SEED_MATERIALS,
                        group.cohortId(),
                        LocalDate.now(),
                        LocalTime.NOON,
                        " ",
                        "javascript:alert(1)"))
                .isInstanceOf(SessionException.class);
        assertThat(sessions.forTutor(tutor).upcoming()).isEmpty();
        assertThat(sessions.forTutor(tutor).past()).isEmpty();
    }

    @Test
    void theCohortsTutorActsItsEctReadsAndEveryoneElseGets404() {
        Group group = TrainingFixtures.group(accounts, cohorts);
        Group other = TrainingFixtures.group(accounts, cohorts);
        SignedInUser tutor = TrainingFixtures.user(users, group.tutor());
        long id = TrainingFixtures.scheduleSeed(sessions, tutor, group);
        SignedInUser ect = TrainingFixtures.user(users, group.ect());
        SignedInUser otherTutor = TrainingFixtures.user(users, other.tutor());
        SignedInUser otherEct = TrainingFixtures.user(users, other.ect());
        SignedInUser admin = (SignedInUser) users.loadUserByUsername("admin@example.com");

        assertThat(sessions.toRead(ect, id).id()).isEqualTo(id);
        assertThat(sessions.toRead(admin, id).id()).isEqualTo(id);
        assertThatThrownBy(() -> sessions.toAct(ect, id)).isInstanceOf(SessionAccess.NotFound.class);
        assertThatThrownBy(() -> sessions.toAct(admin, id)).isInstanceOf(SessionAccess.NotFound.class);
        assertThatThrownBy(() -> sessions.toRead(otherTutor, id)).isInstanceOf(SessionAccess.NotFound.class);
        assertThatThrownBy(() -> sessions.toRead(otherEct, id)).isInstanceOf(SessionAccess.NotFound.class);
        assertThatThrownBy(() -> sessions.cancel(otherTutor, id, 0, null)).isInstanceOf(SessionAccess.NotFound.class);
        assertThatThrownBy(() -> TrainingFixtures.scheduleSeed(sessions, otherTutor, group))
                .isInstanceOf(SessionAccess.NotFound.class);

        assertThat(sessions.comingForEct(ect.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.session().id()).isEqualTo(id))
                .satisfies(c -> assertThat(c.preparation()).isNotEmpty());
        assertThat(sessions.comingForEct(otherEct.id())).isEmpty();
        assertThat(sessions.forTutor(tutor).upcoming())
                .extracting(SessionDetails::id)
                .containsExactly(id);
        assertThat(sessions.forTutor(otherTutor).upcoming()).isEmpty();
    }
}
