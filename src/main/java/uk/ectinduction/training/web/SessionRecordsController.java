package uk.ectinduction.training.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.training.SessionException;
import uk.ectinduction.training.TrainingSessions;
import uk.ectinduction.training.internal.ActivityCapture;
import uk.ectinduction.training.internal.SessionRegister;

/**
 * What the tutor records of a session, during it (from facilitate mode) or after it (from the session's page): the
 * register, and the group's counts for a statements activity. A refusal keeps what was typed and saves nothing.
 */
@Controller
class SessionRecordsController {

    private final TrainingSessions sessions;
    private final SessionRegister register;
    private final ActivityCapture capture;

    SessionRecordsController(TrainingSessions sessions, SessionRegister register, ActivityCapture capture) {
        this.sessions = sessions;
        this.register = register;
        this.capture = capture;
    }

    @GetMapping("/tutor/sessions/{id}/attendance")
    String registerPage(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("registerForm", RegisterForm.of(register.register(user, id)));
        return showRegister(user, id, model);
    }

    @PostMapping("/tutor/sessions/{id}/attendance")
    String takeRegister(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @ModelAttribute("registerForm") RegisterForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            errors.reject("marks", "Mark each ECT present, late or absent");
            return showRegister(user, id, model);
        }
        try {
            register.take(user, id, form.markings());
        } catch (SessionException e) {
            errors.reject("register", e.getMessage());
            return showRegister(user, id, model);
        }
        redirect.addFlashAttribute("message", "Register saved");
        return "redirect:/tutor/sessions/" + id + "#register";
    }

    private String showRegister(SignedInUser user, long id, Model model) {
        model.addAttribute("trainingSession", sessions.toAct(user, id));
        model.addAttribute("register", register.register(user, id));
        return "training/attendance";
    }

    @GetMapping("/tutor/sessions/{id}/statements/{n}")
    String countsPage(
            @AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int n, Model model) {
        model.addAttribute("countsForm", CountsForm.of(capture.activity(user, id, n)));
        return showCounts(user, id, n, model);
    }

    @PostMapping("/tutor/sessions/{id}/statements/{n}")
    String recordCounts(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable int n,
            @ModelAttribute("countsForm") CountsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ActivityCapture.Activity activity = capture.activity(user, id, n);
        try {
            capture.record(user, id, n, form.parsed(activity));
        } catch (NumberFormatException e) {
            errors.reject("counts", "Enter each count as a whole number, such as 0 or 3");
            return showCounts(user, id, n, model);
        } catch (SessionException e) {
            errors.reject("counts", e.getMessage());
            return showCounts(user, id, n, model);
        }
        redirect.addFlashAttribute("message", "Counts saved");
        return "redirect:/tutor/sessions/" + id + "/statements/" + n;
    }

    private String showCounts(SignedInUser user, long id, int n, Model model) {
        ActivityCapture.Activity activity = capture.activity(user, id, n);
        int present = capture.present(user, id);
        model.addAttribute("trainingSession", sessions.toAct(user, id));
        model.addAttribute("activity", activity);
        model.addAttribute("present", present);
        model.addAttribute("chart", AgreementChart.of(activity, present));
        return "training/statements";
    }
}
