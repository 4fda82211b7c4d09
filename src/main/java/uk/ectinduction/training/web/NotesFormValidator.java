package uk.ectinduction.training.web;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.ectinduction.training.internal.SessionNote;

/** Notes may be empty, but no longer than the database keeps. */
class NotesFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return NotesForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        NotesForm form = (NotesForm) target;
        if (form.getNotes() != null && form.getNotes().length() > SessionNote.MAX_LENGTH) {
            errors.rejectValue("notes", "tooLong", "Notes must be " + SessionNote.MAX_LENGTH + " characters or fewer");
        }
    }
}
