package uk.ectinduction.training.web;

import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.training.SessionDetails;
import uk.ectinduction.training.SessionException;
import uk.ectinduction.training.SessionPlan;
import uk.ectinduction.training.StaleSessionException;
import uk.ectinduction.training.TrainingSessions;
import uk.ectinduction.training.internal.SessionAccess;
import uk.ectinduction.training.internal.SessionNotes;
import uk.ectinduction.training.internal.StatementList;

/**
 * Facilitate mode: the plan one section at a time, full screen, with the tutor's notes for each. Every section is
 * an ordinary page with previous and next links and a form that saves its notes; facilitate.js adds the countdowns
 * and saves the notes as they are typed (the same post, marked X-Autosave, answered with the new version).
 */
@Controller
class FacilitateController {

    private static final String CHANGED_ELSEWHERE = "These notes were changed in another tab or window after you "
            + "opened this page. Your text is below: check it, then save again to replace the other change.";

    private final TrainingSessions sessions;
    private final SessionNotes notes;

    FacilitateController(TrainingSessions sessions, SessionNotes notes) {
        this.sessions = sessions;
        this.notes = notes;
    }

    @InitBinder("notesForm")
    void notesValidation(WebDataBinder binder) {
        binder.addValidators(new NotesFormValidator());
    }

    @GetMapping("/tutor/sessions/{id}/facilitate")
    String start(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        sessions.toAct(user, id);
        if (sessions.plan(user, id).sections().isEmpty()) {
            redirect.addFlashAttribute("problem", "This session's tutor materials have no sections to run");
            return "redirect:/tutor/sessions/" + id;
        }
        return "redirect:/tutor/sessions/" + id + "/facilitate/1";
    }

    @GetMapping("/tutor/sessions/{id}/facilitate/{n}")
    String section(
            @AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int n, Model model) {
        model.addAttribute("notesForm", NotesForm.of(notes.forSection(user, id, n)));
        return page(user, id, n, model);
    }

    @PostMapping("/tutor/sessions/{id}/facilitate/{n}")
    Object save(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable int n,
            @Validated @ModelAttribute("notesForm") NotesForm form,
            BindingResult errors,
            @RequestHeader(name = "X-Autosave", required = false) String autosave,
            Model model,
            RedirectAttributes redirect) {
        SessionPlan plan = planWith(user, id, n);
        if (autosave != null) {
            return autosave(user, id, n, plan, form, errors);
        }
        if (errors.hasErrors()) {
            return page(user, id, n, model);
        }
        try {
            notes.save(user, id, n, plan.section(n).heading(), form.getVersion(), form.getNotes());
        } catch (StaleSessionException | ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            form.setVersion(notes.forSection(user, id, n).version());
            errors.reject("stale", CHANGED_ELSEWHERE);
            return page(user, id, n, model);
        } catch (SessionException e) {
            errors.reject("session", e.getMessage());
            return page(user, id, n, model);
        }
        redirect.addFlashAttribute("savedDraft", draftKey(id, n));
        if (n >= plan.sections().size()) {
            redirect.addFlashAttribute("message", "Notes saved");
            return "redirect:/tutor/sessions/" + id;
        }
        return "redirect:/tutor/sessions/" + id + "/facilitate/" + (n + 1);
    }

    private ResponseEntity<Map<String, Object>> autosave(
            SignedInUser user, long id, int n, SessionPlan plan, NotesForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return ResponseEntity.unprocessableEntity()
                    .body(Map.of("problem", errors.getAllErrors().get(0).getDefaultMessage()));
        }
        try {
            long version = notes.save(user, id, n, plan.section(n).heading(), form.getVersion(), form.getNotes());
            return ResponseEntity.ok(Map.of("version", version));
        } catch (StaleSessionException | ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of(
                            "problem",
                            "These notes were changed in another tab or window. Your text is kept here: reload the "
                                    + "page to see the other change."));
        } catch (SessionException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("problem", e.getMessage()));
        }
    }

    private String page(SignedInUser user, long id, int n, Model model) {
        SessionDetails session = sessions.toAct(user, id);
        SessionPlan plan = planWith(user, id, n);
        model.addAttribute("trainingSession", session);
        model.addAttribute("plan", plan);
        model.addAttribute("section", plan.section(n));
        model.addAttribute("draftKey", draftKey(id, n));
        // A statements activity's counts are taken on a page of their own, reached from its section.
        model.addAttribute(
                "statementsActivity", !StatementList.of(plan.section(n).html()).isEmpty());
        return "training/facilitate";
    }

    /** The plan, if it has a section {@code n}; 404 otherwise, as for any address that names nothing. */
    private SessionPlan planWith(SignedInUser user, long id, int n) {
        SessionPlan plan = sessions.plan(user, id);
        if (n < 1 || n > plan.sections().size()) {
            throw new SessionAccess.NotFound();
        }
        return plan;
    }

    private static String draftKey(long id, int n) {
        return "session-" + id + "-notes-" + n;
    }
}
