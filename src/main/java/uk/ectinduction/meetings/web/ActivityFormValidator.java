package uk.ectinduction.meetings.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.ectinduction.meetings.internal.ActivityKind;
import uk.ectinduction.system.DateInput;
import uk.ectinduction.system.Dates;

/**
 * Checks Next steps before it is saved: every action needs all four answers and a due date from today on, there is at
 * least one action, and the next meeting cannot be before this one. The other activities are free text. Asking for
 * another action row is not a save, so it is not checked.
 */
class ActivityFormValidator implements Validator {

    private final LocalDate today;

    ActivityFormValidator(LocalDate today) {
        this.today = today;
    }

    @Override
    public boolean supports(Class<?> type) {
        return ActivityForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ActivityForm form = (ActivityForm) target;
        if (form.kind() != ActivityKind.NEXT_STEPS || form.addingAction()) {
            return;
        }
        List<ActionRow> filled = form.filledActions();
        for (int number = 1; number <= filled.size(); number++) {
            ActionRow row = filled.get(number - 1);
            String prefix = "actions[" + form.getActions().indexOf(row) + "].";
            require(errors, prefix + "action", row.getAction(), "Enter action " + number);
            require(
                    errors,
                    prefix + "expectedImpactOnPupilLearning",
                    row.getExpectedImpactOnPupilLearning(),
                    "Enter how action " + number + " is expected to improve pupil learning");
            require(
                    errors,
                    prefix + "successLooksLike",
                    row.getSuccessLooksLike(),
                    "Enter what success will look like for action " + number);
            require(
                    errors,
                    prefix + "howEvaluated",
                    row.getHowEvaluated(),
                    "Enter how success in action " + number + " will be evaluated");
            DateInput.Parsed due = row.dueOn(number);
            if (due.blank()) {
                errors.rejectValue(prefix + "dueDay", "required", "Enter the due date of action " + number);
            } else if (due.problem() != null) {
                errors.rejectValue(prefix + "dueDay", "invalid", due.problem());
            } else if (due.date().isBefore(today)) {
                errors.rejectValue(
                        prefix + "dueDay",
                        "past",
                        "The due date of action " + number + " must be today or in the future");
            }
        }
        if (filled.isEmpty()) {
            errors.rejectValue("actions[0].action", "required", "Enter at least one action");
        }
        DateInput.Parsed next = form.nextMeetingOn();
        if (next.blank()) {
            errors.rejectValue("nextDay", "required", "Enter the date of the next meeting");
        } else if (next.problem() != null) {
            errors.rejectValue("nextDay", "invalid", next.problem());
        } else if (next.date().isBefore(form.meetingOn())) {
            errors.rejectValue(
                    "nextDay",
                    "before",
                    "The next meeting must be on or after the date of this meeting, "
                            + Dates.DATE.format(form.meetingOn()));
        }
        try {
            form.nextMeetingAt();
        } catch (IllegalArgumentException e) {
            errors.rejectValue("nextTime", "invalid", "Enter the time of the next meeting like 15:30");
        }
    }

    private static void require(Errors errors, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "required", message);
        }
    }
}
