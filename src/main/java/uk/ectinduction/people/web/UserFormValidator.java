package uk.ectinduction.people.web;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.ectinduction.people.PersonDetails;

/** Puts each {@link PersonDetails} problem against the form field it is about. */
class UserFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return UserForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        for (PersonDetails.Problem problem : ((UserForm) target).details().problems()) {
            errors.rejectValue(field(problem.part()), "invalid", problem.message());
        }
    }

    private static String field(PersonDetails.Part part) {
        return switch (part) {
            case EMAIL -> "email";
            case NAME -> "displayName";
            case ROLES -> "roles";
        };
    }
}
