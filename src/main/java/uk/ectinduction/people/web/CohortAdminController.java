package uk.ectinduction.people.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.ectinduction.people.Cohorts;
import uk.ectinduction.people.ProgrammeCatalogue;
import uk.ectinduction.people.internal.CohortException;
import uk.ectinduction.people.internal.NotFoundException;
import uk.ectinduction.people.internal.StaleEditException;

/** Programme admins set up cohorts: their programme, start date, school calendar and induction tutors. */
@Controller
@RequestMapping("/admin/cohorts")
class CohortAdminController {

    private final Cohorts cohorts;
    private final CohortAdministration cohortAdministration;
    private final UserAdministration administration;
    private final ProgrammeCatalogue catalogue;

    CohortAdminController(
            Cohorts cohorts,
            CohortAdministration cohortAdministration,
            UserAdministration administration,
            ProgrammeCatalogue catalogue) {
        this.cohorts = cohorts;
        this.cohortAdministration = cohortAdministration;
        this.administration = administration;
        this.catalogue = catalogue;
    }

    @ModelAttribute("programmes")
    Map<String, String> programmes() {
        return catalogue.programmes();
    }

    @InitBinder("cohortForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields(
                "name", "programmeSlug", "startDay", "startMonth", "startYear", "terms", "holidays", "version");
        binder.addValidators(new CohortFormValidator(catalogue));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("cohorts", cohorts.all());
        return "people/cohorts";
    }

    @GetMapping("/new")
    String newCohort(Model model) {
        model.addAttribute("cohortForm", new CohortForm());
        return "people/cohort-form";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("cohortForm") CohortForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "people/cohort-form";
        }
        CohortForm.Dates dates = form.dates(result);
        try {
            long id = cohorts.create(
                    form.getName(), form.getProgrammeSlug(), dates.startsOn(), dates.terms(), dates.holidays());
            redirect.addFlashAttribute("message", "Cohort added");
            return "redirect:/admin/cohorts/" + id;
        } catch (CohortException e) {
            result.rejectValue("name", "duplicate", e.getMessage());
            return "people/cohort-form";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("cohortForm", cohortAdministration.form(id).orElseThrow(CohortAdminController::notFound));
        addPageDetails(id, model);
        return "people/cohort-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("cohortForm") CohortForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        addPageDetails(id, model);
        if (result.hasErrors()) {
            return "people/cohort-form";
        }
        CohortForm.Dates dates = form.dates(result);
        try {
            cohorts.update(
                    id,
                    form.getVersion() == null ? -1 : form.getVersion(),
                    form.getName(),
                    form.getProgrammeSlug(),
                    dates.startsOn(),
                    dates.terms(),
                    dates.holidays());
            redirect.addFlashAttribute("message", "Changes saved");
            return "redirect:/admin/cohorts/" + id;
        } catch (StaleEditException e) {
            CohortForm saved = cohortAdministration.form(id).orElseThrow(CohortAdminController::notFound);
            model.addAttribute("savedByOthers", saved);
            form.setVersion(saved.getVersion());
            result.reject(
                    "stale",
                    "Someone else changed this cohort while you were editing. Check their changes "
                            + "below, then save again to keep yours.");
        } catch (CohortException e) {
            result.rejectValue("name", "duplicate", e.getMessage());
        }
        return "people/cohort-form";
    }

    @PostMapping("/{id}/tutors")
    String setTutors(
            @PathVariable long id,
            @RequestParam(name = "tutorIds", required = false) Set<Long> tutorIds,
            RedirectAttributes redirect) {
        cohorts.setTutors(id, tutorIds == null ? Set.of() : tutorIds);
        redirect.addFlashAttribute("message", "Induction tutors saved");
        return "redirect:/admin/cohorts/" + id;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("no such cohort");
    }

    private void addPageDetails(long id, Model model) {
        if (cohortAdministration.form(id).isEmpty()) {
            throw notFound();
        }
        model.addAttribute("cohortId", id);
        model.addAttribute("tutors", administration.tutors());
        model.addAttribute("cohortTutorIds", cohortAdministration.tutorIds(id));
        model.addAttribute("cohortWeek", cohorts.weekOfCohort(id));
    }
}
