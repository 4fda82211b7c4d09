package uk.ectinduction.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;

/** The service navigation: one link per role the signed-in person holds. */
@ControllerAdvice
class NavigationAdvice {

    record NavigationItem(String label, String href, boolean current) {}

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        if (user == null) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<String[]> links = new ArrayList<>();
        for (Role role : user.roles().stream().sorted().toList()) {
            links.add(new String[] {role.label(), role.homePath()});
            if (role == Role.ECT) {
                links.add(new String[] {"Learning log", "/ect/log"});
                links.add(new String[] {"Audits", "/ect/audits"});
            }
            if (role == Role.ADMIN) {
                links.add(new String[] {"People", "/admin/users"});
                links.add(new String[] {"Cohorts", "/admin/cohorts"});
            }
        }
        links.add(new String[] {"Framework", "/framework"});
        // The longest link that the path sits under is the current one: /admin/users, not /admin.
        String current = links.stream()
                .map(l -> l[1])
                .filter(href -> path.equals(href) || path.startsWith(href + "/"))
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
        return links.stream()
                .map(l -> new NavigationItem(l[0], l[1], l[1].equals(current)))
                .toList();
    }

    @ModelAttribute("signedInUser")
    SignedInUser signedInUser(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }
}
