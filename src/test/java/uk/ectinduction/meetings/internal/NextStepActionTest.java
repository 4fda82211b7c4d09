package uk.ectinduction.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ectinduction.meetings.internal.NextStepAction.ActionText;

class NextStepActionTest {

    static final LocalDate MEETING = LocalDate.of(2027, 3, 10);

    static NextStepAction dueOn(LocalDate due) {
        return new NextStepAction(
                1,
                2,
                3,
                1,
                new ActionText(
                        "Phone two families", "Homework on time", "Fewer missed homeworks", "Count homework", due),
                null);
    }

    @Test
    void aContinuedActionKeepsItsWordsAndADueDateStillToCome() {
        ActionText continued = dueOn(MEETING.plusDays(3)).continuedAt(MEETING);

        assertThat(continued)
                .isEqualTo(new ActionText(
                        "Phone two families",
                        "Homework on time",
                        "Fewer missed homeworks",
                        "Count homework",
                        MEETING.plusDays(3)));
    }

    @Test
    void aContinuedActionWhoseDateHasComeIsDueAWeekAfterTheMeeting() {
        assertThat(dueOn(MEETING).continuedAt(MEETING).dueOn()).isEqualTo(MEETING.plusWeeks(1));
        assertThat(dueOn(MEETING.minusDays(5)).continuedAt(MEETING).dueOn()).isEqualTo(MEETING.plusWeeks(1));
    }
}
