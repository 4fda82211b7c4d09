package uk.ectinduction.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.training.SessionDetails;
import uk.ectinduction.training.SessionException;
import uk.ectinduction.training.StaleSessionException;
import uk.ectinduction.training.TrainingSessions;
import uk.ectinduction.training.internal.ActivityCapture;
import uk.ectinduction.training.internal.PlannedActions;
import uk.ectinduction.training.internal.SessionRegister;

/**
 * The tutor's sessions: the list, scheduling one from a week's tutor materials, a session's page with its plan and
 * history and what was recorded of it (register, statements, key actions), rescheduling and cancelling. Facilitate mode is {@link FacilitateController}; the .ics and PDF are
 * {@link SessionDownloadsController}.
 */
@Controller
class TutorSessionController {

    private static final String CHANGED_ELSEWHERE =
            "The session was changed in another tab or window: check it, then try again if you still want to.";

    private final TrainingSessions sessions;
    private final SessionRegister register;
    private final ActivityCapture capture;
    private final PlannedActions actions;
    private final Clock clock;

    TutorSessionController(
            TrainingSessions sessions,
            SessionRegister register,
            ActivityCapture capture,
            PlannedActions actions,
            Clock clock) {
        this.sessions = sessions;
        this.register = register;
        this.capture = capture;
        this.actions = actions;
        this.clock = clock;
    }

    @InitBinder({"scheduleForm", "rescheduleForm"})
    void sessionFormValidation(WebDataBinder binder) {
        binder.addValidators(new SessionFormValidator(clock));
    }

    @GetMapping("/tutor/sessions")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("sessions", sessions.forTutor(user));
        model.addAttribute("rates", register.rates(user));
        return "training/sessions";
    }

    @GetMapping("/tutor/sessions/new")
    String newSession(@AuthenticationPrincipal SignedInUser user, @RequestParam String page, Model model) {
        ScheduleForm form = new ScheduleForm();
        form.setPage(page);
        model.addAttribute("scheduleForm", form);
        return schedulePage(user, page, model);
    }

    private String schedulePage(SignedInUser user, String page, Model model) {
        model.addAttribute("scheduling", sessions.scheduling(user, page));
        return "training/schedule";
    }

    @PostMapping("/tutor/sessions")
    String schedule(
            @AuthenticationPrincipal SignedInUser user,
            @Validated @ModelAttribute("scheduleForm") ScheduleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return schedulePage(user, form.getPage(), model);
        }
        try {
            long id = sessions.schedule(
                    user,
                    form.getPage(),
                    form.getCohortId(),
                    form.date(),
                    form.at(),
                    form.getPlace(),
                    form.getOnlineLink());
            redirect.addFlashAttribute("message", "Session scheduled");
            return "redirect:/tutor/sessions/" + id;
        } catch (SessionException e) {
            errors.reject("session", e.getMessage());
            return schedulePage(user, form.getPage(), model);
        }
    }

    @GetMapping("/tutor/sessions/{id}")
    String session(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        SessionDetails session = sessions.toAct(user, id);
        model.addAttribute("trainingSession", session);
        model.addAttribute("plan", sessions.plan(user, id));
        model.addAttribute("history", sessions.history(user, id));
        model.addAttribute("held", !session.on().isAfter(LocalDate.now(clock)));
        model.addAttribute("register", register.register(user, id));
        List<ActivityCapture.Activity> activities = capture.activities(user, id);
        int present = capture.present(user, id);
        model.addAttribute("activities", activities);
        model.addAttribute(
                "charts",
                activities.stream()
                        .collect(Collectors.toMap(
                                ActivityCapture.Activity::sectionNumber, a -> AgreementChart.of(a, present))));
        model.addAttribute("actions", actions.forSession(user, id));
        return "training/session";
    }

    @GetMapping("/tutor/sessions/{id}/reschedule")
    String rescheduleForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        SessionDetails session = sessions.toAct(user, id);
        if (session.cancelled()) {
            return "redirect:/tutor/sessions/" + id;
        }
        model.addAttribute("rescheduleForm", RescheduleForm.of(session));
        model.addAttribute("trainingSession", session);
        return "training/reschedule";
    }

    @PostMapping("/tutor/sessions/{id}/reschedule")
    String reschedule(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @Validated @ModelAttribute("rescheduleForm") RescheduleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        SessionDetails session = sessions.toAct(user, id);
        if (!errors.hasErrors()) {
            try {
                sessions.reschedule(
                        user,
                        id,
                        form.getVersion(),
                        form.date(),
                        form.at(),
                        form.getPlace(),
                        form.getOnlineLink(),
                        form.getReason());
                redirect.addFlashAttribute("message", "Session rescheduled");
                return "redirect:/tutor/sessions/" + id;
            } catch (StaleSessionException | ObjectOptimisticLockingFailureException e) {
                errors.reject("stale", CHANGED_ELSEWHERE);
            } catch (SessionException e) {
                errors.reject("session", e.getMessage());
            }
        }
        model.addAttribute("trainingSession", session);
        return "training/reschedule";
    }

    @PostMapping("/tutor/sessions/{id}/cancel")
    String cancel(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            sessions.cancel(user, id, version, reason);
            redirect.addFlashAttribute("message", "Session cancelled");
        } catch (StaleSessionException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", CHANGED_ELSEWHERE);
        } catch (SessionException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/tutor/sessions/" + id;
    }
}
