package uk.ectinduction.training.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.ectinduction.system.DateInput;
import uk.ectinduction.training.OnlineLinks;
import uk.ectinduction.training.TrainingSessions;

/**
 * A session needs a real date, today or later, a start time, and a place or an online link (or both); scheduling
 * also needs the cohort. Each problem is recorded against its field, in GOV.UK's words.
 */
class SessionFormValidator implements Validator {

    private final Clock clock;

    SessionFormValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supports(Class<?> type) {
        return WhenAndWhereForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        WhenAndWhereForm form = (WhenAndWhereForm) target;
        if (form instanceof ScheduleForm schedule && schedule.getCohortId() == null) {
            errors.rejectValue("cohortId", "required", "Select the cohort");
        }
        DateInput.Parsed on = form.on();
        if (on.blank()) {
            errors.rejectValue("day", "required", "Enter the date of the session");
        } else if (on.problem() != null) {
            errors.rejectValue("day", "invalid", on.problem());
        } else if (on.date().isBefore(LocalDate.now(clock))) {
            errors.rejectValue("day", "past", "The date of the session must be today or in the future");
        }
        try {
            if (form.at() == null) {
                errors.rejectValue("time", "required", "Enter the start time of the session");
            }
        } catch (IllegalArgumentException e) {
            errors.rejectValue("time", "invalid", "Enter the start time like 15:30");
        }
        String place = strip(form.getPlace());
        String link = strip(form.getOnlineLink());
        if (place.isEmpty() && link.isEmpty()) {
            errors.rejectValue("place", "required", "Enter a place or an online link for the session");
        }
        if (place.length() > TrainingSessions.MAX_PLACE) {
            errors.rejectValue(
                    "place", "tooLong", "Place must be " + TrainingSessions.MAX_PLACE + " characters or fewer");
        }
        if (!link.isEmpty() && !OnlineLinks.isValid(link)) {
            errors.rejectValue(
                    "onlineLink", "invalid", "Enter the online link as a web address, like https://meet.example/abc");
        }
        if (form instanceof RescheduleForm reschedule
                && strip(reschedule.getReason()).length() > TrainingSessions.MAX_REASON) {
            errors.rejectValue(
                    "reason", "tooLong", "Reason must be " + TrainingSessions.MAX_REASON + " characters or fewer");
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
