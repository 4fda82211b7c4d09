package uk.ectinduction.content.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.ectinduction.content.Audience;
import uk.ectinduction.content.internal.ModuleChanges;
import uk.ectinduction.content.internal.PageChanges;
import uk.ectinduction.content.internal.ProgrammeStructure;
import uk.ectinduction.content.internal.ProgrammeStructure.Kind;
import uk.ectinduction.content.internal.StructureChanges;
import uk.ectinduction.content.internal.StructureProblem;
import uk.ectinduction.content.internal.WeekChanges;
import uk.ectinduction.content.web.StructureFormValidator.Purpose;
import uk.ectinduction.people.SignedInUser;

/**
 * A programme's structure for its admins: one page listing its modules, weeks and pages (retired ones too), and a
 * small form for each change. A change that cannot be made re-shows the page with the reason; one made redirects
 * back to the page with a note of what was done.
 */
@Controller
@RequestMapping("/admin/content")
class StructureController {

    private final ProgrammeStructure structure;
    private final ModuleChanges modules;
    private final WeekChanges weeks;
    private final PageChanges pages;

    StructureController(ProgrammeStructure structure, ModuleChanges modules, WeekChanges weeks, PageChanges pages) {
        this.structure = structure;
        this.modules = modules;
        this.weeks = weeks;
        this.pages = pages;
    }

    @InitBinder({"createForm", "newPageForm"})
    void createValidation(WebDataBinder binder) {
        binder.addValidators(new StructureFormValidator(Purpose.CREATE));
    }

    @InitBinder("renameForm")
    void renameValidation(WebDataBinder binder) {
        binder.addValidators(new StructureFormValidator(Purpose.RENAME));
    }

    @InitBinder("reorderForm")
    void reorderValidation(WebDataBinder binder) {
        binder.addValidators(new StructureFormValidator(Purpose.REORDER));
    }

    @InitBinder("moveForm")
    void moveValidation(WebDataBinder binder) {
        binder.addValidators(new StructureFormValidator(Purpose.MOVE));
    }

    @InitBinder("retireForm")
    void retireValidation(WebDataBinder binder) {
        binder.addValidators(new StructureFormValidator(Purpose.RETIRE));
    }

    @GetMapping("/programmes/{slug}")
    String show(@PathVariable String slug, Model model) {
        return page(slug, model);
    }

    @PostMapping("/programmes/{slug}/modules")
    String createModule(
            @PathVariable String slug,
            @Validated @ModelAttribute("createForm") NameForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser admin,
            Model model,
            RedirectAttributes flash) {
        return change(
                slug,
                "new-module",
                errors,
                model,
                flash,
                "Module added: " + form.getTitle(),
                () -> modules.create(slug, form.getTitle(), admin.id()));
    }

    @PostMapping("/modules/{id}/weeks")
    String createWeek(
            @PathVariable long id,
            @Validated @ModelAttribute("createForm") NameForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser admin,
            Model model,
            RedirectAttributes flash) {
        return change(
                programmeOf(Kind.MODULES, id),
                "module-" + id + "-new-week",
                errors,
                model,
                flash,
                "Week added: " + form.getTitle(),
                () -> weeks.create(id, form.getTitle(), admin.id()));
    }

    @PostMapping("/weeks/{id}/pages")
    String createPage(
            @PathVariable long id,
            @Validated @ModelAttribute("newPageForm") NewPageForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser admin,
            Model model,
            RedirectAttributes flash) {
        return change(
                programmeOf(Kind.WEEKS, id),
                "week-" + id + "-new-page",
                errors,
                model,
                flash,
                "Page added: " + form.getTitle(),
                () -> pages.create(id, form.getTitle(), Audience.valueOf(form.getAudience()), admin.id()));
    }

    @PostMapping("/{kind}/{id}/rename")
    String rename(
            @PathVariable String kind,
            @PathVariable long id,
            @Validated @ModelAttribute("renameForm") NameForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser admin,
            Model model,
            RedirectAttributes flash) {
        Kind k = kind(kind);
        return change(
                programmeOf(k, id),
                anchor(k, id),
                errors,
                model,
                flash,
                "Renamed: " + form.getTitle(),
                () -> changesOf(k).rename(id, form.getVersion(), form.getTitle(), admin.id()));
    }

    @PostMapping("/{kind}/{id}/reorder")
    String reorder(
            @PathVariable String kind,
            @PathVariable long id,
            @Validated @ModelAttribute("reorderForm") ChangeForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser admin,
            Model model,
            RedirectAttributes flash) {
        Kind k = kind(kind);
        String done = form.up() ? "Moved up" : "Moved down";
        return change(
                programmeOf(k, id),
                anchor(k, id),
                errors,
                model,
                flash,
                done,
                () -> changesOf(k).reorder(id, form.getVersion(), form.up(), admin.id()));
    }

    @PostMapping("/pages/{id}/move")
    String move(
            @PathVariable long id,
            @Validated @ModelAttribute("moveForm") ChangeForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser admin,
            Model model,
            RedirectAttributes flash) {
        return change(
                programmeOf(Kind.PAGES, id),
                anchor(Kind.PAGES, id),
                errors,
                model,
                flash,
                "Page moved",
                () -> pages.move(id, form.getVersion(), form.getWeek(), admin.id()));
    }

    @PostMapping("/{kind}/{id}/retire")
    String retire(
            @PathVariable String kind,
            @PathVariable long id,
            @Validated @ModelAttribute("retireForm") ChangeForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser admin,
            Model model,
            RedirectAttributes flash) {
        Kind k = kind(kind);
        return change(
                programmeOf(k, id),
                anchor(k, id),
                errors,
                model,
                flash,
                "Retired",
                () -> changesOf(k).retire(id, form.getVersion(), admin.id()));
    }

    private StructureChanges changesOf(Kind kind) {
        return switch (kind) {
            case MODULES -> modules;
            case WEEKS -> weeks;
            case PAGES -> pages;
        };
    }

    /** Makes the change unless the form has errors; a refused change is shown like a form error, at its form. */
    private String change(
            String slug,
            String anchor,
            BindingResult errors,
            Model model,
            RedirectAttributes flash,
            String done,
            Runnable action) {
        if (errors.hasErrors()) {
            var error = errors.getAllErrors().get(0);
            return problem(slug, anchor, error.getDefaultMessage(), model);
        }
        try {
            action.run();
        } catch (StructureProblem problem) {
            if (problem.reason() == StructureProblem.Reason.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return problem(slug, anchor, problem.getMessage(), model);
        }
        flash.addFlashAttribute("message", done);
        return "redirect:/admin/content/programmes/" + slug + "#" + anchor;
    }

    private String problem(String slug, String anchor, String message, Model model) {
        model.addAttribute("errorAnchor", anchor);
        model.addAttribute("errorList", List.of(Map.of("href", "#" + anchor, "text", message)));
        return page(slug, model);
    }

    private String page(String slug, Model model) {
        model.addAttribute(
                "programme",
                structure.programme(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("audiences", List.of(Audience.ECT, Audience.MENTOR, Audience.INDUCTION_TUTOR));
        return "content/structure";
    }

    private String programmeOf(Kind kind, long id) {
        return structure.programmeOf(kind, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String anchor(Kind kind, long id) {
        return kind.name().toLowerCase(Locale.ROOT).replaceAll("s$", "") + "-" + id;
    }

    private static Kind kind(String kind) {
        try {
            return Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
