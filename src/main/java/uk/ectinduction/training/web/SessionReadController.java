package uk.ectinduction.training.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.training.SessionDetails;
import uk.ectinduction.training.TrainingSessions;
import uk.ectinduction.training.internal.PlannedActions;

/**
 * A session for those who read it without running it: the cohort's ECTs (from their home page) and admins. Its
 * tutors are sent to their own page of it.
 */
@Controller
class SessionReadController {

    private final TrainingSessions sessions;
    private final PlannedActions actions;

    SessionReadController(TrainingSessions sessions, PlannedActions actions) {
        this.sessions = sessions;
        this.actions = actions;
    }

    @GetMapping("/sessions/{id}")
    String session(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        SessionDetails session = sessions.toRead(user, id);
        if (sessions.mayAct(user, session)) {
            return "redirect:/tutor/sessions/" + id;
        }
        model.addAttribute("trainingSession", session);
        model.addAttribute("plan", sessions.plan(user, id));
        model.addAttribute("history", sessions.history(user, id));
        // An ECT who attended records their key actions from here once the session has been held.
        model.addAttribute("actionsOpen", user.has(Role.ECT) && actions.open(user, id, user.id()));
        return "training/read";
    }
}
