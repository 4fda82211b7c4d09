package uk.ectinduction.meetings.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.ectinduction.meetings.internal.ActionThreads;
import uk.ectinduction.meetings.internal.MeetingViews;
import uk.ectinduction.people.SignedInUser;

/** The ECT's side: their meetings and actions, read-only except for a note of progress on an action. */
@Controller
class EctMeetingController {

    private final MeetingViews views;
    private final ActionThreads actions;

    EctMeetingController(MeetingViews views, ActionThreads actions) {
        this.views = views;
        this.actions = actions;
    }

    @GetMapping("/ect/meetings")
    String meetings(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("history", views.historyForEct(user));
        return "meetings/ect-meetings";
    }

    @GetMapping("/ect/meetings/{id}")
    String meeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("view", views.forEct(user, id));
        return "meetings/ect-meeting";
    }

    @GetMapping("/ect/actions/{id}")
    String action(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("thread", actions.threadForEct(user, id));
        model.addAttribute("forEct", true);
        return "meetings/action";
    }

    @PostMapping("/ect/actions/{id}")
    String progress(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String progressNote,
            RedirectAttributes redirect) {
        actions.recordProgress(user, id, progressNote);
        redirect.addFlashAttribute("message", "Progress saved");
        return "redirect:/ect/actions/" + id;
    }
}
