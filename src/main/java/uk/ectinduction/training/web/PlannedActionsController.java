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
import uk.ectinduction.training.internal.PlannedActions;

/**
 * Planning for action: an attending ECT records their key actions from the session's page, or a tutor enters them
 * on the ECT's behalf from theirs. Both use one page; a refusal keeps what was typed and saves nothing.
 */
@Controller
class PlannedActionsController {

    private final TrainingSessions sessions;
    private final PlannedActions actions;

    PlannedActionsController(TrainingSessions sessions, PlannedActions actions) {
        this.sessions = sessions;
        this.actions = actions;
    }

    @GetMapping("/sessions/{id}/actions")
    String own(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return form(user, id, user.id(), model);
    }

    @PostMapping("/sessions/{id}/actions")
    String saveOwn(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @ModelAttribute("actionsForm") ActionsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(user, id, user.id(), form, errors, model, redirect, "redirect:/sessions/" + id);
    }

    @GetMapping("/tutor/sessions/{id}/actions/{ectId}")
    String onBehalf(
            @AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long ectId, Model model) {
        return form(user, id, ectId, model);
    }

    @PostMapping("/tutor/sessions/{id}/actions/{ectId}")
    String saveOnBehalf(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable long ectId,
            @ModelAttribute("actionsForm") ActionsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(user, id, ectId, form, errors, model, redirect, "redirect:/tutor/sessions/" + id + "#actions");
    }

    private String form(SignedInUser user, long id, long ectId, Model model) {
        model.addAttribute(
                "actionsForm", ActionsForm.of(actions.of(user, id, ectId).actions()));
        return page(user, id, ectId, model);
    }

    private String save(
            SignedInUser user,
            long id,
            long ectId,
            ActionsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            String done) {
        try {
            actions.save(user, id, ectId, form.getActions());
        } catch (SessionException e) {
            errors.reject("actions", e.getMessage());
            return page(user, id, ectId, model);
        }
        redirect.addFlashAttribute("message", "Key actions saved: they are shared with the ECT’s mentor");
        return done;
    }

    private String page(SignedInUser user, long id, long ectId, Model model) {
        boolean self = user.id() == ectId;
        model.addAttribute("trainingSession", sessions.toRead(user, id));
        model.addAttribute("ect", actions.of(user, id, ectId));
        model.addAttribute("open", actions.open(user, id, ectId));
        model.addAttribute("self", self);
        model.addAttribute(
                "formAction", self ? "/sessions/" + id + "/actions" : "/tutor/sessions/" + id + "/actions/" + ectId);
        model.addAttribute("back", self ? "/sessions/" + id : "/tutor/sessions/" + id);
        return "training/actions";
    }
}
