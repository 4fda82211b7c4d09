package uk.ectinduction.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a section's name and minutes from plain strings, without Spring. */
class TimingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Opening (10 minutes)",
                "Opening (10 minute)",
                "Opening [10 mins]",
                "Opening (10 mins):",
                "Opening 10 mins",
                "Opening 10 minutes:",
                "Opening \u2013 10 minutes",
                "Opening \u2014 10 mins",
                "Opening - 10 minutes",
                "Opening: 10 mins.",
                "opening (10 MINUTES)"
            })
    void everyFormAProviderWritesGivesTheNameAndMinutes(String heading) {
        assertThat(Timing.ofHeading(heading)).hasValueSatisfying(t -> {
            assertThat(t.name()).isEqualToIgnoringCase("Opening");
            assertThat(t.minutes()).isEqualTo(10);
        });
    }

    @Test
    void aSingularMinuteAndANameWithBracketsOfItsOwnAreRead() {
        assertThat(Timing.ofHeading("Planning for action (5 minute)")).contains(new Timing("Planning for action", 5));
        assertThat(Timing.ofHeading("Working with teaching assistants (TAs) (15 minutes)"))
                .contains(new Timing("Working with teaching assistants (TAs)", 15));
        assertThat(Timing.ofHeading("Managing workload: week-by-week (20 minutes)"))
                .contains(new Timing("Managing workload: week-by-week", 20));
    }

    @Test
    void aHeadingThatIsOnlyATimeHasAnEmptyName() {
        assertThat(Timing.ofHeading("(10 minutes)")).contains(new Timing("", 10));
        assertThat(Timing.ofHeading("10 mins")).contains(new Timing("", 10));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The first 10 minutes",
                "Allow about 5 mins",
                "Spend 10 minutes",
                "Opening",
                "Session 2",
                "Minutes of the last meeting",
                "Opening (10 minutes) with the whole group"
            })
    void wordsThatOnlyMentionATimeAreNotATiming(String heading) {
        assertThat(Timing.ofHeading(heading)).isEmpty();
    }

    @Test
    void aLineIsTimedOnlyWhenItIsAShortNameNotASentence() {
        assertThat(Timing.ofLine("Review (5 mins)")).contains(new Timing("Review", 5));
        assertThat(Timing.ofLine("Theory to practice \u2013 35 minutes"))
                .contains(new Timing("Theory to practice", 35));
        assertThat(Timing.ofLine("Work through the examples. Then discuss them (10 minutes)"))
                .isEmpty();
        assertThat(Timing.ofLine("Is this enough (10 minutes)?")).isEmpty();
        assertThat(Timing.ofLine("(10 minutes)")).isEmpty();
        assertThat(Timing.ofLine("2 groups 10 minutes")).isEmpty();
    }
}
