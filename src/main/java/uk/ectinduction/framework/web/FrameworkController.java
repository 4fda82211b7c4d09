package uk.ectinduction.framework.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.ectinduction.people.Role;

/** The Early Career Framework for anyone signed in: all of it, and each statement with where it is taught. */
@Controller
class FrameworkController {

    private final FrameworkCatalogue catalogue;

    FrameworkController(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/framework")
    String framework(Model model) {
        model.addAttribute("standards", catalogue.framework());
        return "framework/index";
    }

    @GetMapping("/framework/statements/{code}")
    String statement(@PathVariable String code, Authentication authentication, Model model) {
        model.addAttribute(
                "detail",
                catalogue
                        .statement(code, roles(authentication))
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "framework/statement";
    }

    /** The viewer's roles from their authorities, so that any kind of principal works. */
    static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication == null) {
            return roles;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Arrays.stream(Role.values())
                    .filter(role -> role.authority().equals(authority.getAuthority()))
                    .forEach(roles::add);
        }
        return roles;
    }
}
