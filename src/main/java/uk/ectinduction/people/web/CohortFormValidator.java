package uk.ectinduction.people.web;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.ectinduction.people.ProgrammeCatalogue;

/** A cohort follows a programme that has been imported, and its dates (start, terms, holidays) can be read. */
class CohortFormValidator implements Validator {

    private final ProgrammeCatalogue catalogue;

    CohortFormValidator(ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean supports(Class<?> type) {
        return CohortForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        CohortForm form = (CohortForm) target;
        String programme = form.getProgrammeSlug();
        if (programme != null && !programme.isEmpty() && !catalogue.programmes().containsKey(programme)) {
            errors.rejectValue("programmeSlug", "unknown", "Choose a programme that has been imported");
        }
        form.dates(errors);
    }
}
