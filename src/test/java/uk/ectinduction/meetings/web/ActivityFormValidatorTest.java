package uk.ectinduction.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import uk.ectinduction.meetings.internal.ActionStatus;
import uk.ectinduction.meetings.internal.ActivityKind;

/** The activity form's checks on plain objects, with no Spring context. */
class ActivityFormValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    static ActionRow row(String action, LocalDate due) {
        ActionRow row = new ActionRow();
        row.setAction(action);
        row.setExpectedImpactOnPupilLearning("Pupils hand in homework on time");
        row.setSuccessLooksLike("Fewer missed homeworks");
        row.setHowEvaluated("Count homework handed in each week");
        row.setDueDay(String.valueOf(due.getDayOfMonth()));
        row.setDueMonth(String.valueOf(due.getMonthValue()));
        row.setDueYear(String.valueOf(due.getYear()));
        return row;
    }

    static ActivityForm nextSteps(LocalDate meetingOn, LocalDate next, ActionRow... rows) {
        ActivityForm form = new ActivityForm(ActivityKind.NEXT_STEPS, meetingOn);
        form.getActions().addAll(List.of(rows));
        form.setNextDay(String.valueOf(next.getDayOfMonth()));
        form.setNextMonth(String.valueOf(next.getMonthValue()));
        form.setNextYear(String.valueOf(next.getYear()));
        return form;
    }

    static Errors validate(ActivityForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "activityForm");
        new ActivityFormValidator(TODAY).validate(form, errors);
        return errors;
    }

    static List<String> messages(Errors errors) {
        return errors.getAllErrors().stream()
                .map(e -> (e instanceof FieldError f ? f.getField() + ": " : "") + e.getDefaultMessage())
                .toList();
    }

    @Test
    void filledNextStepsPassAndBecomeActionsWithTheirDueDates() {
        ActivityForm form =
                nextSteps(TODAY, TODAY.plusDays(7), row(" Phone two families ", TODAY.plusDays(7)), new ActionRow());

        assertThat(validate(form).hasErrors()).isFalse();
        assertThat(form.actionInputs()).singleElement().satisfies(input -> {
            assertThat(input.text().action()).isEqualTo("Phone two families");
            assertThat(input.text().dueOn()).isEqualTo(TODAY.plusDays(7));
        });
    }

    @Test
    void everyActionNeedsItsAnswersAndADueDateFromTodayAndTheNextMeetingComesAfterThisOne() {
        ActionRow missing = row("Plan parents' evening", TODAY.minusDays(1));
        missing.setHowEvaluated(" ");
        ActivityForm form = nextSteps(TODAY, TODAY.minusDays(1), new ActionRow(), missing);

        assertThat(messages(validate(form)))
                .containsExactly(
                        "actions[1].howEvaluated: Enter how success in action 1 will be evaluated",
                        "actions[1].dueDay: The due date of action 1 must be today or in the future",
                        "nextDay: The next meeting must be on or after the date of this meeting, 10 March 2027");
    }

    @Test
    void atLeastOneActionAndARealNextDateAndTimeAreNeeded() {
        ActivityForm form = nextSteps(TODAY, TODAY, new ActionRow());
        form.setNextMonth("13");
        form.setNextTime("25:00");

        assertThat(messages(validate(form)))
                .containsExactly(
                        "actions[0].action: Enter at least one action",
                        "nextDay: The date of the next meeting must be a real date",
                        "nextTime: Enter the time of the next meeting like 15:30");
    }

    @Test
    void otherActivitiesAndAskingForAnotherActionRowAreNotChecked() {
        ActivityForm adding = nextSteps(TODAY, TODAY.minusDays(1), new ActionRow());
        adding.setAddAction("Add another action");
        ActivityForm review = new ActivityForm(ActivityKind.REVIEW, TODAY);

        assertThat(validate(adding).hasErrors()).isFalse();
        assertThat(validate(review).hasErrors()).isFalse();
    }

    @Test
    void aReviewRowLeftOpenHasNoOutcome() {
        ActivityForm review = new ActivityForm(ActivityKind.REVIEW, TODAY);
        ReviewRow open = new ReviewRow();
        open.setActionId(7L);
        open.setOutcome(ActionStatus.OPEN);
        ReviewRow done = new ReviewRow();
        done.setActionId(8L);
        done.setOutcome(ActionStatus.COMPLETED);
        review.getReviews().addAll(List.of(open, done, new ReviewRow()));

        assertThat(review.reviewInputs())
                .extracting(r -> r.actionId() + " " + r.outcome())
                .containsExactly("7 null", "8 COMPLETED");
    }
}
