package uk.ectinduction.audit.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.ectinduction.audit.AuditRating;
import uk.ectinduction.audit.AuditTemplate;
import uk.ectinduction.audit.ModuleAudits.Answer;
import uk.ectinduction.framework.Statement;

/**
 * Checks a posted audit: every rating on the scale and every note within 20,000 characters (also checked by the
 * database); then, against what the module's audit asks, that every statement is rated and no other.
 */
@Component
class AuditFormValidator implements Validator {

    static final int MAX_NOTE = 20_000;

    @Override
    public boolean supports(Class<?> type) {
        return AuditForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        AuditForm form = (AuditForm) target;
        form.getRatings().forEach((code, value) -> {
            if (value != null && !value.isBlank() && AuditRating.parse(value).isEmpty()) {
                errors.rejectValue(
                        "ratings[" + code + "]", "scale", "Choose one of the four ratings on the scale for " + code);
            }
        });
        form.getNotes().forEach((code, note) -> {
            if (note != null && note.length() > MAX_NOTE) {
                errors.rejectValue(
                        "notes[" + code + "]",
                        "tooLong",
                        "The note on " + code + " must be 20,000 characters or fewer");
            }
        });
    }

    /** Every statement the audit asks is rated, and nothing else; returns the answers when there is no error. */
    Map<String, Answer> answers(AuditTemplate template, AuditForm form, Errors errors) {
        Map<String, Answer> answers = new HashMap<>();
        for (Statement statement : template.statements()) {
            String value = form.getRatings().get(statement.code());
            if (value == null || value.isBlank()) {
                errors.rejectValue(
                        "ratings[" + statement.code() + "]",
                        "required",
                        "Choose how confident you are with " + statement.code());
            } else {
                AuditRating.parse(value)
                        .ifPresent(rating -> answers.put(
                                statement.code(),
                                new Answer(rating, clean(form.getNotes().get(statement.code())))));
            }
        }
        form.getRatings().keySet().stream()
                .filter(code ->
                        template.statements().stream().noneMatch(s -> s.code().equals(code)))
                .forEach(code -> errors.reject("unasked", code + " is not a statement this audit asks about"));
        return answers;
    }

    private static String clean(String note) {
        return note == null ? "" : note.strip();
    }
}
