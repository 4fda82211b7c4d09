package uk.ectinduction.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;

/** Sends each person to the home page of their role, and shows those pages. */
@Controller
class HomeController {

    private final UserAccounts accounts;

    HomeController(UserAccounts accounts) {
        this.accounts = accounts;
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
        model.addAttribute("countsByRole", accounts.countEnabledByRole());
        return "home/admin";
    }

    @GetMapping("/tutor")
    String tutor() {
        return "home/tutor";
    }

    @GetMapping("/mentor")
    String mentor(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("mentees", accounts.currentMentees(user.id()));
        return "home/mentor";
    }

    @GetMapping("/ect")
    String ect(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("mentor", accounts.currentMentor(user.id()).orElse(null));
        return "home/ect";
    }
}
