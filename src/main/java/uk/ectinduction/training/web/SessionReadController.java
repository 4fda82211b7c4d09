package uk.ectinduction.training.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.training.SessionDetails;
import uk.ectinduction.training.TrainingSessions;

/**
 * A session for those who read it without running it: the cohort's ECTs (from their home page) and admins. Its
 * tutors are sent to their own page of it.
 */
@Controller
class SessionReadController {

    private final TrainingSessions sessions;

    SessionReadController(TrainingSessions sessions) {
        this.sessions = sessions;
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
        return "training/read";
    }
}
