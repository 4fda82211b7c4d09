package uk.ectinduction.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String signIn(
            @RequestParam(required = false) String error,
            HttpSession session,
            Authentication authentication,
            Model model) {
        if (authentication != null
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/";
        }
        Object email = session.getAttribute(SecurityConfiguration.SIGN_IN_EMAIL);
        session.removeAttribute(SecurityConfiguration.SIGN_IN_EMAIL);
        model.addAttribute("email", email);
        if ("throttled".equals(error)) {
            // The wait grows with each failure (see SignInThrottle), so no fixed figure would be true.
            model.addAttribute(
                    "errorMessage",
                    "Too many failed attempts to sign in with this email address. Wait a few minutes, then try again.");
        } else if (error != null) {
            model.addAttribute("errorMessage", "Enter a correct email address and password");
        }
        return "login";
    }
}
