package uk.ectinduction.people.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.ectinduction.people.Role;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.people.internal.AccountException;
import uk.ectinduction.people.internal.NotFoundException;
import uk.ectinduction.people.internal.PasswordResetLinks;
import uk.ectinduction.people.internal.StaleEditException;
import uk.ectinduction.system.UploadLimits;

/** Programme admins manage accounts: list, add, edit, disable, assign mentors, upload a CSV. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAdministration administration;
    private final UserCsvUpload csvUpload;
    private final PasswordResetLinks resetLinks;
    private final UploadLimits uploadLimits;

    UserAdminController(
            UserAdministration administration,
            UserCsvUpload csvUpload,
            PasswordResetLinks resetLinks,
            UploadLimits uploadLimits) {
        this.administration = administration;
        this.csvUpload = csvUpload;
        this.resetLinks = resetLinks;
        this.uploadLimits = uploadLimits;
    }

    @InitBinder("userForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("email", "displayName", "roles", "version");
        binder.addValidators(new UserFormValidator());
    }

    @ModelAttribute("roleValues")
    Role[] roleValues() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("users", administration.list(q, page));
        return "people/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", new UserForm());
        return "people/user-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = administration.create(form.details());
                redirect.addFlashAttribute(
                        "message",
                        form.getDisplayName() + " has been added. Give them a link " + "to set their password.");
                return "redirect:/admin/users/" + id;
            } catch (AccountException e) {
                result.rejectValue("email", "duplicate", e.getMessage());
            }
        }
        return "people/user-form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("user", administration.details(id).orElseThrow(UserAdminController::noSuchUser));
        model.addAttribute("mentors", administration.mentors());
        return "people/user";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("userForm", administration.form(id).orElseThrow(UserAdminController::noSuchUser));
        model.addAttribute("userId", id);
        return "people/user-form";
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("userForm") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("userId", id);
        if (result.hasErrors()) {
            return "people/user-form";
        }
        try {
            administration.update(id, form.getVersion(), form.details());
            redirect.addFlashAttribute("message", "Changes saved");
            return "redirect:/admin/users/" + id;
        } catch (StaleEditException e) {
            // Keep what this admin typed; show what the other person saved; saving again is a choice.
            UserForm saved = administration.form(id).orElseThrow(UserAdminController::noSuchUser);
            model.addAttribute("savedByOthers", saved);
            form.setVersion(saved.getVersion());
            result.reject(
                    "stale",
                    "Someone else changed this person while you were editing. Check their "
                            + "changes below, then save again to keep yours.");
        } catch (AccountException e) {
            result.rejectValue("email", "duplicate", e.getMessage());
        }
        return "people/user-form";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
        return setEnabled(id, false, admin, redirect, "Account disabled. Their records are kept.");
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
        return setEnabled(id, true, admin, redirect, "Account enabled");
    }

    private String setEnabled(
            long id, boolean enabled, SignedInUser admin, RedirectAttributes redirect, String message) {
        try {
            administration.setEnabled(id, enabled, admin.id());
            redirect.addFlashAttribute("message", message);
        } catch (AccountException | NotFoundException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/mentor")
    String assignMentor(
            @PathVariable long id, @RequestParam(required = false) Long mentorId, RedirectAttributes redirect) {
        if (mentorId == null) {
            redirect.addFlashAttribute("problem", "Select a mentor");
        } else {
            try {
                administration.assignMentor(mentorId, id);
                redirect.addFlashAttribute("message", "Mentor assigned");
            } catch (AccountException | NotFoundException e) {
                redirect.addFlashAttribute("problem", e.getMessage());
            }
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password-link")
    String passwordLink(
            @PathVariable long id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
        PasswordResetLinks.IssuedLink link = resetLinks.issue(id, admin.id());
        redirect.addFlashAttribute("passwordLink", link.address().toString());
        redirect.addFlashAttribute("passwordLinkExpires", link.expiresAt());
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/upload")
    String uploadForm(Model model) {
        return uploadPage(model);
    }

    @PostMapping("/upload")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("fileProblem", "Select a CSV file");
            return uploadPage(model);
        }
        // Spreadsheets saving "CSV UTF-8" put a byte order mark before the header.
        String text = new String(file.getBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        UserCsvUpload.Result result = csvUpload.upload(new StringReader(text));
        model.addAttribute("result", result);
        model.addAttribute("fileName", file.getOriginalFilename());
        return uploadPage(model);
    }

    /**
     * A form posted without its file. (A file over the limit never gets here: the request is refused
     * before it is read, see web.RequestSizeLimits.)
     */
    @ExceptionHandler(MultipartException.class)
    String uploadProblem(Model model) {
        model.addAttribute("fileProblem", "Select a CSV file");
        return uploadPage(model);
    }

    /** The page states the limit that is enforced, from the same setting. */
    private String uploadPage(Model model) {
        model.addAttribute("maxFileSize", uploadLimits.maxSizeText());
        return "people/upload";
    }

    private static NotFoundException noSuchUser() {
        return new NotFoundException("no such user");
    }
}
