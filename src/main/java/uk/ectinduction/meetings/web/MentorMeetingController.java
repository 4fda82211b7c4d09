package uk.ectinduction.meetings.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import uk.ectinduction.meetings.internal.ActionThreads;
import uk.ectinduction.meetings.internal.ActivityKind;
import uk.ectinduction.meetings.internal.MeetingAccess;
import uk.ectinduction.meetings.internal.MeetingActivity;
import uk.ectinduction.meetings.internal.MeetingViews;
import uk.ectinduction.meetings.internal.MeetingViews.MeetingView;
import uk.ectinduction.meetings.internal.RunningMeetings;
import uk.ectinduction.meetings.internal.StaleMeetingException;
import uk.ectinduction.people.SignedInUser;

/**
 * The mentor's side: a mentee's meetings and actions, starting a meeting, a meeting's page and cancelling it. Each
 * activity's screen is {@link MeetingActivityController}.
 */
@Controller
class MentorMeetingController {

    private final RunningMeetings running;
    private final MeetingViews views;
    private final ActionThreads actions;

    MentorMeetingController(RunningMeetings running, MeetingViews views, ActionThreads actions) {
        this.running = running;
        this.views = views;
        this.actions = actions;
    }

    @InitBinder("startMeetingForm")
    void startMeetingValidation(WebDataBinder binder) {
        binder.addValidators(new StartMeetingFormValidator());
    }

    // ----- a mentee's meetings -----

    @GetMapping("/mentor/mentees/{ectId}/meetings")
    String mentee(@AuthenticationPrincipal SignedInUser user, @PathVariable long ectId, Model model) {
        RunningMeetings.MaterialsChoice choice = running.materialsFor(user, ectId);
        model.addAttribute("startMeetingForm", StartMeetingForm.today(running.today(), choice.suggestedPath()));
        return menteePage(user, ectId, choice, model);
    }

    private String menteePage(SignedInUser user, long ectId, RunningMeetings.MaterialsChoice choice, Model model) {
        model.addAttribute("history", views.historyForMentor(user, ectId));
        model.addAttribute("choice", choice);
        return "meetings/mentee";
    }

    @PostMapping("/mentor/mentees/{ectId}/meetings")
    String start(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long ectId,
            @Validated @ModelAttribute("startMeetingForm") StartMeetingForm form,
            BindingResult errors,
            Model model) {
        RunningMeetings.MaterialsChoice choice = running.materialsFor(user, ectId);
        if (!errors.hasErrors()) {
            var started = running.start(
                    user, ectId, form.getMaterialsPath(), form.on().date(), form.at());
            if (started.isPresent()) {
                return "redirect:/mentor/meetings/" + started.get();
            }
            errors.rejectValue("materialsPath", "missing", "Select mentor materials from the list");
        }
        return menteePage(user, ectId, choice, model);
    }

    // ----- a meeting -----

    @GetMapping("/mentor/meetings/{id}")
    String meeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("view", views.forMentor(user, id));
        return "meetings/meeting";
    }

    @GetMapping("/mentor/meetings/{id}/review")
    String review(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return activityOfKind(user, id, ActivityKind.REVIEW);
    }

    @GetMapping("/mentor/meetings/{id}/plan")
    String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return activityOfKind(user, id, ActivityKind.PLAN);
    }

    @GetMapping("/mentor/meetings/{id}/next-steps")
    String nextSteps(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return activityOfKind(user, id, ActivityKind.NEXT_STEPS);
    }

    // The activity screens are forms: they answer 404 to a former mentor, who reads the meeting on its own page.
    private String activityOfKind(SignedInUser user, long id, ActivityKind kind) {
        MeetingView view = views.toChange(user, id);
        int position = view.firstOf(kind).map(MeetingActivity::getPosition).orElseThrow(MeetingAccess.NotFound::new);
        return "redirect:/mentor/meetings/" + id + "/activity/" + position;
    }

    @PostMapping("/mentor/meetings/{id}/cancel")
    String cancel(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        try {
            running.cancel(user, id, version);
            redirect.addFlashAttribute("message", "Meeting cancelled");
        } catch (StaleMeetingException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute(
                    "problem",
                    "The meeting was changed in another tab or window: check it, "
                            + "then cancel it again if you still want to.");
        }
        return "redirect:/mentor/meetings/" + id;
    }

    // ----- actions -----

    @GetMapping("/mentor/actions/{id}")
    String action(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("thread", actions.threadForMentor(user, id));
        model.addAttribute("forEct", false);
        return "meetings/action";
    }
}
