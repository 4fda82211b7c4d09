package uk.ectinduction.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityKindTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Review | REVIEW",
                "REVIEW: 5 mins | REVIEW",
                "Review of last week's actions | REVIEW",
                "Plan | PLAN",
                "plan: | PLAN",
                "Planning for action | PLAN",
                "Plant a seed | NOTES",
                "Next Steps | NEXT_STEPS",
                "Next step: 5 minutes | NEXT_STEPS",
                "Theory to Practice | NOTES",
                "Rehearse a phone call | NOTES",
                "'' | NOTES"
            })
    void activitiesAreRecognisedByTheirLeadingWords(String name, ActivityKind kind) {
        assertThat(ActivityKind.recognise(name)).isEqualTo(kind);
    }
}
