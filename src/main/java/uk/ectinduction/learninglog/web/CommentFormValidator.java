package uk.ectinduction.learninglog.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A comment has text, at most 20,000 characters (the database checks both too). */
@Component
class CommentFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return CommentForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        String body = ((CommentForm) target).getBody();
        if (body == null || body.isBlank()) {
            errors.rejectValue("body", "required", "Enter your comment");
        } else if (body.strip().length() > EntryFormValidator.MAX_TEXT) {
            errors.rejectValue("body", "tooLong", "Your comment must be 20,000 characters or fewer");
        }
    }
}
