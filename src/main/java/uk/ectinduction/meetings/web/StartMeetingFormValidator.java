package uk.ectinduction.meetings.web;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.ectinduction.system.DateInput;

/** A meeting needs the week's mentor materials and a real date; its time is optional but must be a time. */
class StartMeetingFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return StartMeetingForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        StartMeetingForm form = (StartMeetingForm) target;
        if (form.getMaterialsPath() == null || form.getMaterialsPath().isBlank()) {
            errors.rejectValue("materialsPath", "required", "Select the week's mentor materials");
        }
        DateInput.Parsed on = form.on();
        if (on.blank()) {
            errors.rejectValue("day", "required", "Enter the date of the meeting");
        } else if (on.problem() != null) {
            errors.rejectValue("day", "invalid", on.problem());
        }
        try {
            form.at();
        } catch (IllegalArgumentException e) {
            errors.rejectValue("time", "invalid", "Enter the time of the meeting like 15:30");
        }
    }
}
