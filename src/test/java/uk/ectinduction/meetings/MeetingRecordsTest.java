package uk.ectinduction.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ectinduction.content.ContentImporter;
import uk.ectinduction.meetings.MeetingFixtures.Pair;
import uk.ectinduction.meetings.internal.ActionStatus;
import uk.ectinduction.meetings.internal.ActionThreads;
import uk.ectinduction.meetings.internal.ActionThreads.ActionInput;
import uk.ectinduction.meetings.internal.ActionThreads.ReviewInput;
import uk.ectinduction.meetings.internal.ActivityKind;
import uk.ectinduction.meetings.internal.MeetingAccess;
import uk.ectinduction.meetings.internal.MeetingActivity;
import uk.ectinduction.meetings.internal.MeetingStatus;
import uk.ectinduction.meetings.internal.MeetingViews;
import uk.ectinduction.meetings.internal.NextStepAction;
import uk.ectinduction.meetings.internal.NextStepAction.ActionText;
import uk.ectinduction.meetings.internal.RunningMeetings;
import uk.ectinduction.meetings.internal.StaleMeetingException;
import uk.ectinduction.people.AppUserDetailsService;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.support.IntegrationTest;

@IntegrationTest
class MeetingRecordsTest {

    @Autowired
    RunningMeetings running;

    @Autowired
    MeetingViews views;

    @Autowired
    ActionThreads actions;

    @Autowired
    MentorMeetings mentorMeetings;

    @Autowired
    ContentImporter importer;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AppUserDetailsService users;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Pair pair;
    SignedInUser mentor;
    LocalDate today;

    @BeforeEach
    void materialsAndAPair() {
        MeetingFixtures.importMaterials(importer);
        pair = MeetingFixtures.pair(accounts);
        mentor = signedIn(pair.mentor());
        today = running.today();
    }

    SignedInUser signedIn(Person person) {
        return (SignedInUser) users.loadUserByUsername(person.email());
    }

    long start(String path) {
        return running.start(mentor, pair.ect().id(), path, today, LocalTime.of(15, 30))
                .orElseThrow();
    }

    static ActionText action(String words, LocalDate due) {
        return new ActionText(
                words,
                "Pupils hand in homework on time",
                "Fewer missed homeworks",
                "Count homework handed in each week",
                due);
    }

    @Test
    void aMeetingAboutTheSeedWeekHasItsFourTimedActivities() {
        long id = start(MeetingFixtures.TIMED);

        var view = views.forMentor(mentor, id);
        assertThat(view.activities())
                .extracting(MeetingActivity::getName)
                .containsExactly("Review", "Plan", "Theory to Practice", "Next Steps");
        assertThat(view.activities()).extracting(MeetingActivity::getMinutes).containsExactly(5, 5, 35, 5);
        assertThat(view.activities())
                .extracting(MeetingActivity::getKind)
                .containsExactly(ActivityKind.REVIEW, ActivityKind.PLAN, ActivityKind.NOTES, ActivityKind.NEXT_STEPS);
        assertThat(view.section(view.activities().get(2).getSectionAnchor()).html())
                .contains("Working With Parents to Support Children");
        assertThat(view.meeting().getStatus()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void weeksWithoutTimedActivitiesGetANotesStepPerSectionThenNextSteps() {
        long id = start(MeetingFixtures.UNTIMED);

        var view = views.forMentor(mentor, id);
        assertThat(view.activities())
                .extracting(MeetingActivity::getKind)
                .endsWith(ActivityKind.NOTES, ActivityKind.NEXT_STEPS);
        assertThat(view.activities())
                .extracting(MeetingActivity::getName)
                .contains("Before you meet", "Rehearse a phone call", "Agree what to try", "Next steps");
        assertThat(view.activities()).allSatisfy(s -> assertThat(s.getMinutes()).isNull());
    }

    @Test
    void onlyTheEctsCurrentMentorStartsAMeeting() {
        SignedInUser otherMentor = (SignedInUser) users.loadUserByUsername("mentor2@example.com");
        assertThatThrownBy(() -> running.start(otherMentor, pair.ect().id(), MeetingFixtures.TIMED, today, null))
                .isInstanceOf(MeetingAccess.NotFound.class);
    }

    @Test
    void nextStepsPlanTheNextMeetingWhoseReviewListsTheActions() {
        long first = start(MeetingFixtures.TIMED);
        long version = views.forMentor(mentor, first).meeting().getVersion();
        version = running.saveNotes(mentor, first, version, 3, "We read recommendations 1 to 4");
        running.saveNextSteps(
                mentor,
                first,
                version,
                4,
                "",
                List.of(
                        new ActionInput(null, action("Phone two families", today.plusDays(7))),
                        new ActionInput(null, action("Plan parents' evening", today.plusDays(14)))),
                today.plusDays(7),
                LocalTime.of(16, 0));

        var held = views.forMentor(mentor, first);
        assertThat(held.meeting().getStatus()).isEqualTo(MeetingStatus.HELD);
        assertThat(held.nextMeeting().getMeetsOn()).isEqualTo(today.plusDays(7));
        assertThat(held.nextMeeting().getStatus()).isEqualTo(MeetingStatus.PLANNED);

        var next = views.forMentor(mentor, held.nextMeeting().getId());
        assertThat(next.reviews())
                .extracting(r -> r.action().getAction())
                .containsExactly("Phone two families", "Plan parents' evening");
        assertThat(mentorMeetings.actionCounts(List.of(pair.ect().id())))
                .containsEntry(pair.ect().id(), new MentorMeetings.ActionCounts(2, 0));
        assertThat(mentorMeetings.lastHeldOn(List.of(pair.ect().id())))
                .containsEntry(pair.ect().id(), today);
        assertThat(mentorMeetings
                        .nextMeetings(List.of(pair.ect().id()), today.plusDays(1))
                        .get(pair.ect().id())
                        .meetingId())
                .isEqualTo(next.meeting().getId());
    }

    @Test
    void aContinuedActionCarriesItsThreadIntoTheNextMeeting() {
        long first = start(MeetingFixtures.TIMED);
        long version = views.forMentor(mentor, first).meeting().getVersion();
        running.saveNextSteps(
                mentor,
                first,
                version,
                4,
                "",
                List.of(new ActionInput(null, action("Phone two families", today.plusDays(3)))),
                today.plusDays(7),
                null);
        long second = views.forMentor(mentor, first).meeting().getNextMeetingId();
        var review = views.forMentor(mentor, second);
        NextStepAction original = review.reviews().get(0).action();

        running.saveReview(
                mentor,
                second,
                review.meeting().getVersion(),
                1,
                "Good start",
                List.of(new ReviewInput(
                        original.getId(),
                        "Phoned one family",
                        "The pupil handed in homework",
                        "Homework log",
                        "Phone the second family",
                        ActionStatus.CONTINUED)));

        var after = views.forMentor(mentor, second);
        assertThat(after.reviews())
                .singleElement()
                .satisfies(item -> assertThat(item.review().getWhatDone()).isEqualTo("Phoned one family"));
        assertThat(after.actions()).singleElement().satisfies(a -> {
            assertThat(a.getContinuesAction()).isEqualTo(original.getId());
            assertThat(a.getStatus()).isEqualTo(ActionStatus.OPEN);
        });
        var thread = actions.threadForMentor(mentor, after.actions().get(0).getId());
        assertThat(thread.thread())
                .extracting(NextStepAction::getId)
                .containsExactly(original.getId(), after.actions().get(0).getId());
        assertThat(thread.thread().get(0).getStatus()).isEqualTo(ActionStatus.CONTINUED);
        assertThat(thread.reviews().get(original.getId())).hasSize(1);

        SignedInUser ect = signedIn(pair.ect());
        assertThat(actions.threadForEct(ect, original.getId()).thread()).hasSize(2);
    }

    @Test
    void aFormOpenedBeforeTheLastSaveIsRefused() {
        long id = start(MeetingFixtures.TIMED);
        long opened = views.forMentor(mentor, id).meeting().getVersion();
        running.saveNotes(mentor, id, opened, 2, "From the first tab");

        assertThatThrownBy(() -> running.saveNotes(mentor, id, opened, 2, "From the second tab"))
                .isInstanceOf(StaleMeetingException.class);
        assertThat(views.forMentor(mentor, id).activity(2).getNotes()).isEqualTo("From the first tab");
    }

    @Test
    void savingAMeetingCostsTheSameStatementsForOneOrFiveActions() {
        long withOne = statementsToSaveNextSteps(1);
        long withFive = statementsToSaveNextSteps(5);

        assertThat(withFive).isEqualTo(withOne);
        assertThat(withOne).isLessThan(20);
    }

    long statementsToSaveNextSteps(int actions) {
        long id = start(MeetingFixtures.TIMED);
        long version = views.forMentor(mentor, id).meeting().getVersion();
        List<ActionInput> inputs = new ArrayList<>();
        for (int i = 0; i < actions; i++) {
            inputs.add(new ActionInput(null, action("Action " + i, today.plusDays(7))));
        }
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        running.saveNextSteps(mentor, id, version, 4, "Notes", inputs, today.plusDays(7), null);
        long statements = statistics.getPrepareStatementCount();
        assertThat(views.forMentor(mentor, id).actions()).hasSize(actions);
        return statements;
    }
}
