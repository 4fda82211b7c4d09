package uk.ectinduction.content.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.ectinduction.content.EditablePage;
import uk.ectinduction.content.ImportReport.Problem;
import uk.ectinduction.content.PageEditor;
import uk.ectinduction.content.PagePreview;
import uk.ectinduction.content.SaveResult;
import uk.ectinduction.people.SignedInUser;

/**
 * Admins edit a page at {@code /admin/content/pages/edit?path=<its url path>}: preview, save a draft, publish,
 * unpublish. Every route answers 404 for a path that names no page.
 */
@Controller
@RequestMapping("/admin/content/pages")
class PageEditorController {

    private final PageEditor editor;

    PageEditorController(PageEditor editor) {
        this.editor = editor;
    }

    @InitBinder("pageForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "frontMatter", "markdown", "note", "lockVersion");
    }

    @GetMapping("/edit")
    String edit(@RequestParam String path, Model model) {
        EditablePage page = page(path);
        if (!model.containsAttribute("pageForm")) {
            model.addAttribute("pageForm", PageForm.of(page, page.text()));
        }
        return editPage(page, editor.preview(page.pageId(), page.text()), model);
    }

    /** Without JavaScript: the whole edit page, the posted text kept in the form and rendered below it. */
    @PostMapping("/preview")
    String preview(@RequestParam String path, @ModelAttribute("pageForm") PageForm form, Model model) {
        EditablePage page = page(path);
        return editPage(page, editor.preview(page.pageId(), form.text()), model);
    }

    /** With JavaScript: only the rendered preview, fetched as the admin types. */
    @PostMapping(path = "/preview", params = "fragment")
    String previewFragment(@RequestParam String path, @ModelAttribute("pageForm") PageForm form, Model model) {
        EditablePage page = page(path);
        model.addAttribute("preview", editor.preview(page.pageId(), form.text()));
        return "content/edit :: preview";
    }

    @PostMapping("/edit")
    String save(
            @RequestParam String path,
            @Valid @ModelAttribute("pageForm") PageForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        EditablePage page = page(path);
        if (errors.hasErrors()) {
            return editPage(page, editor.preview(page.pageId(), form.text()), model);
        }
        SaveResult result =
                editor.saveDraft(page.pageId(), form.text(), form.getNote(), user.id(), form.getLockVersion());
        if (result instanceof SaveResult.Saved saved) {
            redirect.addFlashAttribute("message", "Draft saved as version " + saved.versionNumber());
            redirect.addFlashAttribute("savedWarnings", lines(saved.warnings()));
            return "redirect:" + editUrl(path);
        }
        if (result instanceof SaveResult.Conflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("page", conflict.current());
            // Their text stays in the form, now to be saved over the current version once merged.
            form.setLockVersion(conflict.current().lockVersion());
            return "content/conflict";
        }
        model.addAttribute("saveError", ((SaveResult.Unreadable) result).error());
        return editPage(page, editor.preview(page.pageId(), form.text()), model);
    }

    @PostMapping("/publish")
    String publish(
            @RequestParam String path,
            @RequestParam long versionId,
            @RequestParam(required = false) String note,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        EditablePage page = page(path);
        if (editor.publish(page.pageId(), versionId, note, user.id()) == PageEditor.Publishing.PUBLISHED) {
            redirect.addFlashAttribute("message", "Published: readers now see this version");
        } else {
            redirect.addFlashAttribute(
                    "problem", "That version can no longer be published: the page has changed. Look at it again.");
        }
        return "redirect:" + editUrl(path);
    }

    @PostMapping("/unpublish")
    String unpublish(
            @RequestParam String path, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        EditablePage page = page(path);
        if (editor.unpublish(page.pageId(), user.id())) {
            redirect.addFlashAttribute("message", "Unpublished: readers can no longer see this page");
        } else {
            redirect.addFlashAttribute("problem", "The page was not published");
        }
        return "redirect:" + editUrl(path);
    }

    private EditablePage page(String path) {
        return editor.open(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String editPage(EditablePage page, PagePreview preview, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("preview", preview);
        return "content/edit";
    }

    static String editUrl(String path) {
        return UriComponentsBuilder.fromPath("/admin/content/pages/edit")
                .queryParam("path", path)
                .encode()
                .toUriString();
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::onThePage).toList();
    }
}
