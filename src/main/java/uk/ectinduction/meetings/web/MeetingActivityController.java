package uk.ectinduction.meetings.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.ectinduction.audit.ModuleAudits;
import uk.ectinduction.content.ModuleStatements;
import uk.ectinduction.meetings.internal.ActionStatus;
import uk.ectinduction.meetings.internal.ActivityKind;
import uk.ectinduction.meetings.internal.MeetingActivity;
import uk.ectinduction.meetings.internal.MeetingViews;
import uk.ectinduction.meetings.internal.MeetingViews.MeetingView;
import uk.ectinduction.meetings.internal.RunningMeetings;
import uk.ectinduction.meetings.internal.StaleMeetingException;
import uk.ectinduction.people.SignedInUser;

/**
 * Running a meeting, one screen per activity. Every screen is a plain form; meeting-mode script posts the same forms
 * with {@code X-Autosave} to save as it goes. A save binds the form, {@link ActivityFormValidator} checks it, one
 * service call saves it, and the mentor moves on to the next activity.
 */
@Controller
@RequestMapping("/mentor/meetings/{id}/activity/{n}")
class MeetingActivityController {

    private final RunningMeetings running;
    private final MeetingViews views;
    private final ModuleAudits audits;

    MeetingActivityController(RunningMeetings running, MeetingViews views, ModuleAudits audits) {
        this.running = running;
        this.views = views;
        this.audits = audits;
    }

    @InitBinder("activityForm")
    void activityValidation(WebDataBinder binder) {
        binder.addValidators(new ActivityFormValidator(running.today()));
    }

    /**
     * The meeting and the activity, loaded once for every request here: a 404 for anyone who may not change the
     * meeting, including its former mentor, who reads it on its own page. The form starts from the activity's kind
     * and the meeting's date, which the validator needs and the post cannot change.
     */
    @ModelAttribute
    void meeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int n, Model model) {
        MeetingView view = views.toChange(user, id);
        MeetingActivity activity = view.activity(n);
        model.addAttribute("view", view);
        model.addAttribute("activity", activity);
        model.addAttribute(
                "activityForm",
                new ActivityForm(activity.getKind(), view.meeting().getMeetsOn()));
    }

    @GetMapping
    String show(
            @AuthenticationPrincipal SignedInUser user,
            @ModelAttribute(name = "view", binding = false) MeetingView view,
            @ModelAttribute(name = "activity", binding = false) MeetingActivity activity,
            Model model) {
        model.addAttribute("activityForm", ActivityForm.of(view, activity));
        return page(user, view, activity, model);
    }

    @PostMapping
    Object save(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable int n,
            @ModelAttribute(name = "view", binding = false) MeetingView view,
            @ModelAttribute(name = "activity", binding = false) MeetingActivity activity,
            @Validated @ModelAttribute("activityForm") ActivityForm form,
            BindingResult errors,
            @RequestHeader(name = "X-Autosave", required = false) String autosave,
            Model model,
            RedirectAttributes redirect) {
        if (autosave != null) {
            return autosave(user, id, activity, form);
        }
        if (form.addingAction()) {
            form.getActions().add(new ActionRow());
            return page(user, view, activity, model);
        }
        if (errors.hasErrors()) {
            return page(user, view, activity, model);
        }
        try {
            saveActivity(user, id, activity, form);
        } catch (StaleMeetingException | ObjectOptimisticLockingFailureException e) {
            MeetingView fresh = views.toChange(user, id);
            form.setVersion(fresh.meeting().getVersion());
            errors.reject(
                    "stale",
                    "This meeting was changed in another tab or window after you opened this page. "
                            + "Your text is below: check it, then save again to replace the other change.");
            return page(user, fresh, fresh.activity(n), model);
        }
        redirect.addFlashAttribute("savedDraft", "meeting-" + id + "-activity-" + n);
        if (activity.getKind() == ActivityKind.NEXT_STEPS) {
            redirect.addFlashAttribute("message", "Meeting saved");
            return "redirect:/mentor/meetings/" + id;
        }
        boolean last = n >= view.activities().size();
        return "redirect:/mentor/meetings/" + id + (last ? "" : "/activity/" + (n + 1));
    }

    private void saveActivity(SignedInUser user, long id, MeetingActivity activity, ActivityForm form) {
        int n = activity.getPosition();
        switch (activity.getKind()) {
            case REVIEW -> running.saveReview(user, id, form.getVersion(), n, form.getNotes(), form.reviewInputs());
            case NEXT_STEPS ->
                running.saveNextSteps(
                        user,
                        id,
                        form.getVersion(),
                        n,
                        form.getNotes(),
                        form.actionInputs(),
                        form.nextMeetingOn().date(),
                        form.nextMeetingAt());
            case PLAN, NOTES -> running.saveNotes(user, id, form.getVersion(), n, form.getNotes());
        }
    }

    // Saving as the mentor goes keeps what they typed and never finishes the meeting: Next steps saves its notes only.
    private ResponseEntity<Map<String, Object>> autosave(
            SignedInUser user, long id, MeetingActivity activity, ActivityForm form) {
        try {
            long version = activity.getKind() == ActivityKind.REVIEW
                    ? running.saveReview(
                            user, id, form.getVersion(), activity.getPosition(), form.getNotes(), form.reviewInputs())
                    : running.saveNotes(user, id, form.getVersion(), activity.getPosition(), form.getNotes());
            return ResponseEntity.ok(Map.of("version", version));
        } catch (StaleMeetingException | ObjectOptimisticLockingFailureException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of(
                            "problem",
                            "This meeting was changed in another tab or window. Your text is kept here: reload the page "
                                    + "to see the other change."));
        }
    }

    private String page(SignedInUser user, MeetingView view, MeetingActivity activity, Model model) {
        if (activity.getKind() == ActivityKind.PLAN) {
            // Plan looks back at the mentee's audit of the module these materials belong to.
            String module = ModuleStatements.moduleRefOf(view.meeting().getMaterialsPath())
                    .orElse(null);
            model.addAttribute("planModule", module);
            model.addAttribute(
                    "planAudit",
                    module == null
                            ? null
                            : audits.latestFor(user, view.meeting().getEctId(), module)
                                    .orElse(null));
        }
        model.addAttribute("view", view);
        model.addAttribute("activity", activity);
        model.addAttribute("section", view.section(activity.getSectionAnchor()));
        model.addAttribute("reviewItems", view.reviews());
        model.addAttribute("outcomes", List.of(ActionStatus.COMPLETED, ActionStatus.CONTINUED, ActionStatus.DROPPED));
        return switch (activity.getKind()) {
            case REVIEW -> "meetings/activities/review";
            case PLAN -> "meetings/activities/plan";
            case NOTES -> "meetings/activities/notes";
            case NEXT_STEPS -> "meetings/activities/next-steps";
        };
    }
}
