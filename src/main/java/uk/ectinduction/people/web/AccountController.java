package uk.ectinduction.people.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.ectinduction.people.Person;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.UserAccounts;
import uk.ectinduction.people.internal.CurrentPasswordCheck;
import uk.ectinduction.people.internal.NotFoundException;
import uk.ectinduction.people.internal.PasswordResetLinks;

/** A person's own account: changing their password, or setting it from a link an admin gave them. */
@Controller
class AccountController {

    private final UserAccounts accounts;
    private final CurrentPasswordCheck currentPassword;
    private final PasswordResetLinks links;

    AccountController(UserAccounts accounts, CurrentPasswordCheck currentPassword, PasswordResetLinks links) {
        this.accounts = accounts;
        this.currentPassword = currentPassword;
        this.links = links;
    }

    @InitBinder("passwordForm")
    void passwordRules(WebDataBinder binder) {
        binder.setAllowedFields("currentPassword", "newPassword", "confirmPassword");
        binder.addValidators(new PasswordFormValidator());
    }

    @GetMapping("/account/password")
    String changeForm(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        return "people/change-password";
    }

    @PostMapping("/account/password")
    String change(
            @AuthenticationPrincipal SignedInUser user,
            @Validated @ModelAttribute PasswordForm passwordForm,
            BindingResult result,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        switch (currentPassword.check(user, passwordForm.getCurrentPassword(), request.getRemoteAddr())) {
            case WRONG -> result.rejectValue("currentPassword", "wrong", "Your current password is incorrect");
            case WAIT ->
                result.rejectValue(
                        "currentPassword",
                        "throttled",
                        "Too many wrong passwords. Wait a few minutes, then try again.");
            case RIGHT -> {}
        }
        if (result.hasErrors()) {
            return "people/change-password";
        }
        accounts.changeOwnPassword(
                user.id(), passwordForm.getNewPassword(), request.getSession().getId());
        redirect.addFlashAttribute("message", "Your password has been changed");
        return "redirect:"
                + user.roles().stream().sorted().findFirst().map(Role::homePath).orElse("/");
    }

    @GetMapping("/account/password-link/{token}")
    String linkForm(@PathVariable String token, Model model) {
        model.addAttribute("holder", links.holder(token).orElseThrow(AccountController::expired));
        model.addAttribute("passwordForm", new PasswordForm());
        return "people/set-password";
    }

    @PostMapping("/account/password-link/{token}")
    String setFromLink(
            @PathVariable String token,
            @Validated @ModelAttribute PasswordForm passwordForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Person holder = links.holder(token).orElseThrow(AccountController::expired);
        if (result.hasErrors()) {
            model.addAttribute("holder", holder);
            return "people/set-password";
        }
        links.setPassword(token, passwordForm.getNewPassword());
        redirect.addFlashAttribute("passwordSet", true);
        return "redirect:/login";
    }

    /** An unknown, used or expired link: the same answer for each, so a guess learns nothing. */
    private static NotFoundException expired() {
        return new NotFoundException("no such password link");
    }
}
