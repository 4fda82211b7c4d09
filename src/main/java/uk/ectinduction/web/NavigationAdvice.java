package uk.ectinduction.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;

/** The service navigation: one link per role the signed-in person holds. */
@ControllerAdvice
class NavigationAdvice {

    record NavigationItem(String label, String href, boolean current) {
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        if (user == null) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return user.roles().stream().sorted()
                .map(role -> new NavigationItem(role.label(), role.homePath(),
                        path.equals(role.homePath()) || path.startsWith(role.homePath() + "/")))
                .toList();
    }

    @ModelAttribute("signedInUser")
    SignedInUser signedInUser(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }
}
