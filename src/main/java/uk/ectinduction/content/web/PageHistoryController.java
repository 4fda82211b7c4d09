package uk.ectinduction.content.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.ectinduction.content.internal.PageHistory;
import uk.ectinduction.people.SignedInUser;

/** Admins read a page's history, compare two of its versions, and restore an old one as the new draft. */
@Controller
@RequestMapping("/admin/content/pages/history")
class PageHistoryController {

    private final PageHistory history;

    PageHistoryController(PageHistory history) {
        this.history = history;
    }

    @GetMapping
    String history(@RequestParam String path, Model model) {
        model.addAttribute("history", history.history(path).orElseThrow(PageHistoryController::notFound));
        return "content/history";
    }

    @GetMapping("/compare")
    String compare(@RequestParam String path, @RequestParam int from, @RequestParam int to, Model model) {
        PageHistory.Comparison comparison =
                history.compare(path, from, to).orElseThrow(PageHistoryController::notFound);
        model.addAttribute("history", comparison.history());
        model.addAttribute("comparison", comparison);
        return "content/compare";
    }

    @PostMapping("/restore")
    String restore(
            @RequestParam String path,
            @RequestParam int version,
            @AuthenticationPrincipal SignedInUser admin,
            RedirectAttributes redirect) {
        PageHistory.Restored restored =
                history.restore(path, version, admin.id()).orElseThrow(PageHistoryController::notFound);
        redirect.addFlashAttribute(
                "message",
                "Version " + restored.from() + " restored as draft version " + restored.draft()
                        + ". Readers will see it once it is published.");
        return "redirect:" + historyOf(path);
    }

    static String historyOf(String path) {
        return UriComponentsBuilder.fromPath("/admin/content/pages/history")
                .queryParam("path", path)
                .encode()
                .toUriString();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
