package uk.ectinduction.learninglog.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.ectinduction.framework.FrameworkStatements;
import uk.ectinduction.framework.Statement;
import uk.ectinduction.learninglog.EntryInput;
import uk.ectinduction.learninglog.LearningLog;

/**
 * Checks an entry before anything is saved: a real date not in the future, key points or a reflection, each at most
 * 20,000 characters (the database checks both too), and only statement codes the framework has.
 */
@Component
class EntryFormValidator implements Validator {

    static final int MAX_TEXT = 20_000;

    private final FrameworkStatements framework;
    private final LearningLog log;

    EntryFormValidator(FrameworkStatements framework, LearningLog log) {
        this.framework = framework;
        this.log = log;
    }

    @Override
    public boolean supports(Class<?> type) {
        return EntryForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        EntryForm form = (EntryForm) target;
        LocalDate on = date(form, errors);
        if (on != null && on.isAfter(log.today())) {
            errors.rejectValue("day", "future", "The date of the entry must be today or in the past");
        }
        if (blank(form.getKeyPoints()) && blank(form.getReflection())) {
            errors.rejectValue("keyPoints", "required", "Enter the key points or a reflection");
        }
        tooLong(errors, "keyPoints", form.getKeyPoints(), "The key points");
        tooLong(errors, "reflection", form.getReflection(), "The reflection");
        List<String> codes = form.allCodes();
        List<String> known =
                framework.findByCodes(codes).stream().map(Statement::code).toList();
        codes.stream()
                .filter(code -> !known.contains(code))
                .forEach(code -> errors.rejectValue(
                        "otherCodes",
                        "unknown",
                        "There is no statement " + code + " in the Early Career Framework: use a code such as 8h "
                                + "or 8.4"));
    }

    /** The checked entry; call only when {@link #validate} found nothing wrong. */
    EntryInput input(EntryForm form) {
        return new EntryInput(
                date(form, null),
                blank(form.getPagePath()) ? null : form.getPagePath(),
                form.getKeyPoints(),
                form.getReflection(),
                form.isPrivateEntry(),
                form.allCodes());
    }

    private static LocalDate date(EntryForm form, Errors errors) {
        if (blank(form.getDay()) || blank(form.getMonth()) || blank(form.getYear())) {
            reject(errors, "required", "Enter the date of the entry, with a day, month and year");
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(form.getYear().strip()),
                    Integer.parseInt(form.getMonth().strip()),
                    Integer.parseInt(form.getDay().strip()));
        } catch (NumberFormatException | DateTimeException e) {
            reject(errors, "invalid", "The date of the entry must be a real date, for example 27 3 2026");
            return null;
        }
    }

    private static void reject(Errors errors, String code, String message) {
        if (errors != null) {
            errors.rejectValue("day", code, message);
        }
    }

    private static void tooLong(Errors errors, String field, String value, String what) {
        if (value != null && value.strip().length() > MAX_TEXT) {
            errors.rejectValue(field, "tooLong", what + " must be 20,000 characters or fewer");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
