package uk.ectinduction.audit.web;

import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.ectinduction.audit.AuditRating;
import uk.ectinduction.audit.AuditTemplate;
import uk.ectinduction.audit.ModuleAudits;
import uk.ectinduction.audit.ModuleAudits.Answer;
import uk.ectinduction.people.SignedInUser;

/**
 * Module audits, for the ECT at {@code /ect/audits} and for their mentor at {@code /mentor/mentees/{ectId}/audits}:
 * the same pages, the same rules (see {@code AuditAccess}); only the addresses differ.
 */
@Controller
class AuditController {

    private final ModuleAudits audits;
    private final AuditFormValidator validator;

    AuditController(ModuleAudits audits, AuditFormValidator validator) {
        this.audits = audits;
        this.validator = validator;
    }

    @InitBinder("auditForm")
    void bind(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    private static String ectBase() {
        return "/ect/audits";
    }

    private static String mentorBase(long ectId) {
        return "/mentor/mentees/" + ectId + "/audits";
    }

    // ----- the list of modules and sittings -----

    @GetMapping("/ect/audits")
    String ectList(@AuthenticationPrincipal SignedInUser user, Model model) {
        return list(user, user.id(), ectBase(), model);
    }

    @GetMapping("/mentor/mentees/{ectId}/audits")
    String mentorList(@AuthenticationPrincipal SignedInUser user, @PathVariable long ectId, Model model) {
        return list(user, ectId, mentorBase(ectId), model);
    }

    private String list(SignedInUser user, long ectId, String base, Model model) {
        model.addAttribute("ect", audits.ect(user, ectId));
        model.addAttribute("own", user.id() == ectId);
        model.addAttribute("base", base);
        model.addAttribute("modules", audits.modules(user, ectId));
        model.addAttribute("sittings", audits.sittings(user, ectId));
        return "audit/list";
    }

    // ----- a new sitting -----

    @GetMapping("/ect/audits/new")
    String ectNew(@AuthenticationPrincipal SignedInUser user, @RequestParam String module, Model model) {
        return start(user, user.id(), ectBase(), module, model);
    }

    @GetMapping("/mentor/mentees/{ectId}/audits/new")
    String mentorNew(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long ectId,
            @RequestParam String module,
            Model model) {
        return start(user, ectId, mentorBase(ectId), module, model);
    }

    private String start(SignedInUser user, long ectId, String base, String module, Model model) {
        AuditTemplate template = audits.template(user, ectId, module);
        AuditForm form = new AuditForm();
        form.setModule(template.moduleRef());
        template.latest().forEach((code, rated) -> {
            form.getRatings().put(code, rated.rating().name());
            form.getNotes().put(code, rated.note());
        });
        model.addAttribute("auditForm", form);
        return formPage(user, ectId, base, template, model);
    }

    private String formPage(SignedInUser user, long ectId, String base, AuditTemplate template, Model model) {
        model.addAttribute("ect", audits.ect(user, ectId));
        model.addAttribute("own", user.id() == ectId);
        model.addAttribute("base", base);
        model.addAttribute("template", template);
        model.addAttribute("scale", AuditRating.values());
        return "audit/form";
    }

    @PostMapping("/ect/audits")
    String ectSave(
            @AuthenticationPrincipal SignedInUser user,
            @Validated @ModelAttribute AuditForm auditForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(user, user.id(), ectBase(), auditForm, errors, model, redirect);
    }

    @PostMapping("/mentor/mentees/{ectId}/audits")
    String mentorSave(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long ectId,
            @Validated @ModelAttribute AuditForm auditForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(user, ectId, mentorBase(ectId), auditForm, errors, model, redirect);
    }

    private String save(
            SignedInUser user,
            long ectId,
            String base,
            AuditForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AuditTemplate template = audits.template(user, ectId, form.getModule());
        Map<String, Answer> answers = validator.answers(template, form, errors);
        if (errors.hasErrors()) {
            return formPage(user, ectId, base, template, model);
        }
        long id = audits.record(user, template, answers);
        redirect.addFlashAttribute("message", template.revisit() ? "Audit revisited" : "Audit saved");
        return "redirect:" + base + "/" + id;
    }

    // ----- reading -----

    @GetMapping("/ect/audits/{id}")
    String ectSitting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return sitting(user, user.id(), ectBase(), id, model);
    }

    @GetMapping("/mentor/mentees/{ectId}/audits/{id}")
    String mentorSitting(
            @AuthenticationPrincipal SignedInUser user, @PathVariable long ectId, @PathVariable long id, Model model) {
        return sitting(user, ectId, mentorBase(ectId), id, model);
    }

    private String sitting(SignedInUser user, long ectId, String base, long id, Model model) {
        model.addAttribute("sitting", audits.sitting(user, ectId, id));
        model.addAttribute("ect", audits.ect(user, ectId));
        model.addAttribute("own", user.id() == ectId);
        model.addAttribute("base", base);
        return "audit/sitting";
    }

    @GetMapping("/ect/audits/progress")
    String ectProgress(@AuthenticationPrincipal SignedInUser user, Model model) {
        return progress(user, user.id(), ectBase(), model);
    }

    @GetMapping("/mentor/mentees/{ectId}/audits/progress")
    String mentorProgress(@AuthenticationPrincipal SignedInUser user, @PathVariable long ectId, Model model) {
        return progress(user, ectId, mentorBase(ectId), model);
    }

    private String progress(SignedInUser user, long ectId, String base, Model model) {
        model.addAttribute("ect", audits.ect(user, ectId));
        model.addAttribute("own", user.id() == ectId);
        model.addAttribute("base", base);
        model.addAttribute(
                "modules",
                audits.progress(user, ectId).stream()
                        .map(p -> Map.entry(p, ProgressChart.of(p)))
                        .toList());
        return "audit/progress";
    }
}
