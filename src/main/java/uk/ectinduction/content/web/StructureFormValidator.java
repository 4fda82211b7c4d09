package uk.ectinduction.content.web;

import java.util.Set;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks the structure forms: a name is given, fits its column and is one line (it becomes a front matter value
 * or a heading); a new page is for ECTs, mentors or induction tutors; a change carries the version it was drawn
 * with and, for a reorder, a direction. Which checks apply depends on the action, given when it is bound.
 */
class StructureFormValidator implements Validator {

    /** What the bound form is for. */
    enum Purpose {
        CREATE,
        RENAME,
        REORDER,
        MOVE,
        RETIRE
    }

    static final int MAX_TITLE = 200;
    private static final Set<String> AUDIENCES = Set.of("ECT", "MENTOR", "INDUCTION_TUTOR");

    private final Purpose purpose;

    StructureFormValidator(Purpose purpose) {
        this.purpose = purpose;
    }

    @Override
    public boolean supports(Class<?> type) {
        return NameForm.class.isAssignableFrom(type) || ChangeForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        if (target instanceof NameForm name) {
            validateName(name, errors);
        } else if (target instanceof ChangeForm change) {
            validateChange(change, errors);
        }
    }

    private void validateName(NameForm form, Errors errors) {
        String title = form.getTitle();
        if (title == null || title.isEmpty()) {
            errors.rejectValue("title", "required", "Enter a name");
        } else if (title.length() > MAX_TITLE) {
            errors.rejectValue("title", "size", "Name must be " + MAX_TITLE + " characters or fewer");
        } else if (title.chars().anyMatch(Character::isISOControl)) {
            errors.rejectValue("title", "line", "Name must be one line of text");
        }
        if (purpose == Purpose.RENAME && form.getVersion() == null) {
            errors.reject("version", "The form was incomplete. Open the page again and try again.");
        }
        if (form instanceof NewPageForm page
                && (page.getAudience() == null || !AUDIENCES.contains(page.getAudience()))) {
            errors.rejectValue("audience", "required", "Select who the page is for");
        }
    }

    private void validateChange(ChangeForm form, Errors errors) {
        if (form.getVersion() == null) {
            errors.reject("version", "The form was incomplete. Open the page again and try again.");
        }
        if (purpose == Purpose.REORDER && !"up".equals(form.getDirection()) && !"down".equals(form.getDirection())) {
            errors.rejectValue("direction", "required", "Choose to move it up or down");
        }
        if (purpose == Purpose.MOVE && form.getWeek() == null) {
            errors.rejectValue("week", "required", "Select the week to move the page to");
        }
    }
}
