package uk.ectinduction.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;

/** Sends each person to the home page of their role, and shows those pages. */
@Controller
class HomeController {

    private final Dashboards dashboards;

    HomeController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user) {
        // Roles are listed most-encompassing first, so a tutor who also mentors lands on tutor work.
        for (Role role : Role.values()) {
            if (user.has(role)) {
                return "redirect:" + role.homePath();
            }
        }
        return "home/no-role";
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("dashboard", dashboards.admin());
        return "home/admin";
    }

    @GetMapping("/tutor")
    String tutor(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("cohorts", dashboards.tutor(user.id(), user.roles()));
        return "home/tutor";
    }

    @GetMapping("/mentor")
    String mentor(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("mentees", dashboards.mentor(user.id(), user.roles()));
        return "home/mentor";
    }

    @GetMapping("/ect")
    String ect(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("dashboard", dashboards.ect(user.id(), user.roles()));
        return "home/ect";
    }
}
