package uk.ectinduction.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.ectinduction.audit.ModuleAudits;
import uk.ectinduction.content.ModuleStatements;
import uk.ectinduction.meetings.MeetingRecords.ActionInput;
import uk.ectinduction.meetings.MeetingRecords.MeetingView;
import uk.ectinduction.meetings.MeetingRecords.ReviewInput;
import uk.ectinduction.meetings.NextStepAction.ActionText;
import uk.ectinduction.people.SignedInUser;
import uk.ectinduction.system.Dates;

/**
 * The mentor's side: a mentee's meetings and actions, starting a meeting, and running it one screen per activity.
 * Every screen is a plain form; meeting-mode script posts the same forms with {@code X-Autosave} to save as it goes.
 */
@Controller
class MentorMeetingController {

    private final MeetingRecords records;
    private final ModuleAudits audits;

    MentorMeetingController(MeetingRecords records, ModuleAudits audits) {
        this.records = records;
        this.audits = audits;
    }

    // ----- a mentee's meetings -----

    @GetMapping("/mentor/mentees/{ectId}/meetings")
    String mentee(@AuthenticationPrincipal SignedInUser user, @PathVariable long ectId, Model model) {
        MeetingRecords.MaterialsChoice choice = records.materialsFor(user, ectId);
        StartMeetingForm form = new StartMeetingForm();
        form.setMaterialsPath(choice.suggestedPath() == null ? "" : choice.suggestedPath());
        LocalDate today = records.today();
        form.setDay(String.valueOf(today.getDayOfMonth()));
        form.setMonth(String.valueOf(today.getMonthValue()));
        form.setYear(String.valueOf(today.getYear()));
        return menteePage(user, ectId, form, choice, model);
    }

    private String menteePage(SignedInUser user, long ectId, StartMeetingForm form,
            MeetingRecords.MaterialsChoice choice, Model model) {
        model.addAttribute("history", records.historyForMentor(user, ectId));
        model.addAttribute("choice", choice);
        model.addAttribute("startMeetingForm", form);
        return "meetings/mentee";
    }

    @PostMapping("/mentor/mentees/{ectId}/meetings")
    String start(@AuthenticationPrincipal SignedInUser user, @PathVariable long ectId,
            @ModelAttribute("startMeetingForm") StartMeetingForm form, BindingResult errors, Model model) {
        MeetingRecords.MaterialsChoice choice = records.materialsFor(user, ectId);
        if (form.getMaterialsPath() == null || form.getMaterialsPath().isBlank()) {
            errors.rejectValue("materialsPath", "required", "Select the week's mentor materials");
        }
        DateInput.Parsed on = DateInput.date(form.getDay(), form.getMonth(), form.getYear(), "the date of the meeting");
        if (on.blank()) {
            errors.rejectValue("day", "required", "Enter the date of the meeting");
        } else if (on.problem() != null) {
            errors.rejectValue("day", "invalid", on.problem());
        }
        LocalTime at = null;
        try {
            at = DateInput.time(form.getTime());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("time", "invalid", "Enter the time of the meeting like 15:30");
        }
        if (!errors.hasErrors()) {
            var started = records.start(user, ectId, form.getMaterialsPath(), on.date(), at);
            if (started.isPresent()) {
                return "redirect:/mentor/meetings/" + started.get();
            }
            errors.rejectValue("materialsPath", "missing", "Select mentor materials from the list");
        }
        return menteePage(user, ectId, form, choice, model);
    }

    // ----- a meeting -----

    @GetMapping("/mentor/meetings/{id}")
    String meeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("view", records.forMentor(user, id));
        return "meetings/meeting";
    }

    @GetMapping("/mentor/meetings/{id}/review")
    String review(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return stepOfKind(user, id, ActivityKind.REVIEW);
    }

    @GetMapping("/mentor/meetings/{id}/plan")
    String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return stepOfKind(user, id, ActivityKind.PLAN);
    }

    @GetMapping("/mentor/meetings/{id}/next-steps")
    String nextSteps(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return stepOfKind(user, id, ActivityKind.NEXT_STEPS);
    }

    // The activity screens are forms: they answer 404 to a former mentor, who reads the meeting on its own page.
    private String stepOfKind(SignedInUser user, long id, ActivityKind kind) {
        MeetingView view = records.toChange(user, id);
        int position = view.firstOf(kind).map(MeetingActivity::getPosition).orElseThrow(MeetingAccess.NotFound::new);
        return "redirect:/mentor/meetings/" + id + "/activity/" + position;
    }

    @GetMapping("/mentor/meetings/{id}/activity/{n}")
    String step(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int n,
            Model model) {
        MeetingView view = records.toChange(user, id);
        MeetingActivity step = view.step(n);
        model.addAttribute("stepForm", formFor(view, step));
        return stepPage(user, view, step, model);
    }

    private StepForm formFor(MeetingView view, MeetingActivity step) {
        StepForm form = new StepForm();
        form.setVersion(view.meeting().getVersion());
        form.setNotes(step.getNotes());
        if (step.getKind() == ActivityKind.REVIEW) {
            for (MeetingRecords.ReviewItem item : view.reviews()) {
                StepForm.ReviewRow row = new StepForm.ReviewRow();
                row.setActionId(item.action().getId());
                row.setWhatDone(item.review().getWhatDone());
                row.setImpact(item.review().getImpact());
                row.setEvaluation(item.review().getEvaluation());
                row.setWhatNext(item.review().getWhatNext());
                row.setOutcome(item.review().getOutcome() == null ? "" : item.review().getOutcome().name());
                form.getReviews().add(row);
            }
        }
        if (step.getKind() == ActivityKind.NEXT_STEPS) {
            view.actions().forEach(a -> form.getActions().add(StepForm.ActionRow.of(a)));
            form.getActions().add(new StepForm.ActionRow());
            if (view.nextMeeting() != null) {
                LocalDate next = view.nextMeeting().getMeetsOn();
                form.setNextDay(String.valueOf(next.getDayOfMonth()));
                form.setNextMonth(String.valueOf(next.getMonthValue()));
                form.setNextYear(String.valueOf(next.getYear()));
                LocalTime at = view.nextMeeting().getStartsAt();
                form.setNextTime(at == null ? "" : at.toString());
            }
        }
        return form;
    }

    private String stepPage(SignedInUser user, MeetingView view, MeetingActivity step, Model model) {
        if (step.getKind() == ActivityKind.PLAN) {
            // Plan looks back at the mentee's audit of the module these materials belong to.
            String module = ModuleStatements.moduleRefOf(view.meeting().getMaterialsPath()).orElse(null);
            model.addAttribute("planModule", module);
            model.addAttribute("planAudit", module == null ? null
                    : audits.latestFor(user, view.meeting().getEctId(), module).orElse(null));
        }
        model.addAttribute("view", view);
        model.addAttribute("step", step);
        model.addAttribute("section", view.section(step.getSectionAnchor()));
        model.addAttribute("reviewItems", view.reviews());
        model.addAttribute("outcomes", List.of(ActionStatus.COMPLETED, ActionStatus.CONTINUED, ActionStatus.DROPPED));
        return switch (step.getKind()) {
            case REVIEW -> "meetings/steps/review";
            case PLAN -> "meetings/steps/plan";
            case NOTES -> "meetings/steps/notes";
            case NEXT_STEPS -> "meetings/steps/next-steps";
        };
    }

    @PostMapping("/mentor/meetings/{id}/activity/{n}")
    Object save(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int n,
            @ModelAttribute("stepForm") StepForm form, BindingResult errors,
            @RequestHeader(name = "X-Autosave", required = false) String autosave,
            @RequestParam(name = "addAction", required = false) String addAction, Model model,
            RedirectAttributes redirect) {
        MeetingView view = records.toChange(user, id);
        MeetingActivity step = view.step(n);
        if (autosave != null) {
            return autosave(user, id, step, form);
        }
        if (addAction != null && step.getKind() == ActivityKind.NEXT_STEPS) {
            form.getActions().add(new StepForm.ActionRow());
            return stepPage(user, view, step, model);
        }
        try {
            long version;
            switch (step.getKind()) {
                case REVIEW -> version = records.saveReview(user, id, form.getVersion(), n, form.getNotes(),
                        reviewInputs(form));
                case NEXT_STEPS -> {
                    NextSteps next = validateNextSteps(form, view, errors);
                    if (errors.hasErrors()) {
                        return stepPage(user, view, step, model);
                    }
                    version = records.saveNextSteps(user, id, form.getVersion(), n, form.getNotes(), next.actions(),
                            next.on(), next.at());
                }
                default -> version = records.saveNotes(user, id, form.getVersion(), n, form.getNotes());
            }
        } catch (StaleMeetingException | ObjectOptimisticLockingFailureException e) {
            MeetingView fresh = records.toChange(user, id);
            form.setVersion(fresh.meeting().getVersion());
            errors.reject("stale", "This meeting was changed in another tab or window after you opened this page. "
                    + "Your text is below: check it, then save again to replace the other change.");
            return stepPage(user, fresh, fresh.step(n), model);
        }
        redirect.addFlashAttribute("savedDraft", "meeting-" + id + "-activity-" + n);
        if (step.getKind() == ActivityKind.NEXT_STEPS) {
            redirect.addFlashAttribute("message", "Meeting saved");
            return "redirect:/mentor/meetings/" + id;
        }
        boolean last = n >= view.steps().size();
        return "redirect:/mentor/meetings/" + id + (last ? "" : "/activity/" + (n + 1));
    }

    private ResponseEntity<Map<String, Object>> autosave(SignedInUser user, long id, MeetingActivity step,
            StepForm form) {
        try {
            long version = step.getKind() == ActivityKind.REVIEW
                    ? records.saveReview(user, id, form.getVersion(), step.getPosition(), form.getNotes(),
                            reviewInputs(form))
                    : records.saveNotes(user, id, form.getVersion(), step.getPosition(), form.getNotes());
            return ResponseEntity.ok(Map.of("version", version));
        } catch (StaleMeetingException | ObjectOptimisticLockingFailureException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("problem",
                    "This meeting was changed in another tab or window. Your text is kept here: reload the page "
                            + "to see the other change."));
        }
    }

    private static List<ReviewInput> reviewInputs(StepForm form) {
        List<ReviewInput> inputs = new ArrayList<>();
        for (StepForm.ReviewRow row : form.getReviews()) {
            if (row.getActionId() == null) {
                continue;
            }
            ActionStatus outcome = switch (row.getOutcome() == null ? "" : row.getOutcome()) {
                case "COMPLETED" -> ActionStatus.COMPLETED;
                case "CONTINUED" -> ActionStatus.CONTINUED;
                case "DROPPED" -> ActionStatus.DROPPED;
                default -> null;
            };
            inputs.add(new ReviewInput(row.getActionId(), row.getWhatDone(), row.getImpact(), row.getEvaluation(),
                    row.getWhatNext(), outcome));
        }
        return inputs;
    }

    record NextSteps(List<ActionInput> actions, LocalDate on, LocalTime at) {
    }

    /** Every action needs all four answers and a due date from today on; the next meeting cannot be before this. */
    private NextSteps validateNextSteps(StepForm form, MeetingView view, BindingResult errors) {
        List<ActionInput> inputs = new ArrayList<>();
        LocalDate today = records.today();
        for (int i = 0; i < form.getActions().size(); i++) {
            StepForm.ActionRow row = form.getActions().get(i);
            if (row.blank() && row.getId() == null) {
                continue;
            }
            String prefix = "actions[" + i + "].";
            int number = inputs.size() + 1;
            require(errors, prefix + "action", row.getAction(), "Enter action " + number);
            require(errors, prefix + "expectedImpactOnPupilLearning", row.getExpectedImpactOnPupilLearning(),
                    "Enter how action " + number + " is expected to improve pupil learning");
            require(errors, prefix + "successLooksLike", row.getSuccessLooksLike(),
                    "Enter what success will look like for action " + number);
            require(errors, prefix + "howEvaluated", row.getHowEvaluated(),
                    "Enter how success in action " + number + " will be evaluated");
            DateInput.Parsed due = DateInput.date(row.getDueDay(), row.getDueMonth(), row.getDueYear(),
                    "the due date of action " + number);
            if (due.blank()) {
                errors.rejectValue(prefix + "dueDay", "required", "Enter the due date of action " + number);
            } else if (due.problem() != null) {
                errors.rejectValue(prefix + "dueDay", "invalid", due.problem());
            } else if (due.date().isBefore(today)) {
                errors.rejectValue(prefix + "dueDay", "past",
                        "The due date of action " + number + " must be today or in the future");
            }
            inputs.add(new ActionInput(row.getId(), new ActionText(clean(row.getAction()),
                    clean(row.getExpectedImpactOnPupilLearning()), clean(row.getSuccessLooksLike()),
                    clean(row.getHowEvaluated()), due.date())));
        }
        if (inputs.isEmpty()) {
            errors.rejectValue("actions[0].action", "required", "Enter at least one action");
        }
        DateInput.Parsed next = DateInput.date(form.getNextDay(), form.getNextMonth(), form.getNextYear(),
                "the date of the next meeting");
        LocalDate thisMeeting = view.meeting().getMeetsOn();
        if (next.blank()) {
            errors.rejectValue("nextDay", "required", "Enter the date of the next meeting");
        } else if (next.problem() != null) {
            errors.rejectValue("nextDay", "invalid", next.problem());
        } else if (next.date().isBefore(thisMeeting)) {
            errors.rejectValue("nextDay", "before", "The next meeting must be on or after the date of this meeting, "
                    + Dates.DATE.format(thisMeeting));
        }
        LocalTime at = null;
        try {
            at = DateInput.time(form.getNextTime());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("nextTime", "invalid", "Enter the time of the next meeting like 15:30");
        }
        return new NextSteps(inputs, next.date(), at);
    }

    private static void require(BindingResult errors, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "required", message);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    @PostMapping("/mentor/meetings/{id}/cancel")
    String cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        try {
            records.cancel(user, id, version);
            redirect.addFlashAttribute("message", "Meeting cancelled");
        } catch (StaleMeetingException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "The meeting was changed in another tab or window: check it, "
                    + "then cancel it again if you still want to.");
        }
        return "redirect:/mentor/meetings/" + id;
    }

    // ----- actions -----

    @GetMapping("/mentor/actions/{id}")
    String action(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("thread", records.threadForMentor(user, id));
        model.addAttribute("forEct", false);
        return "meetings/action";
    }
}
