package uk.ectinduction.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import uk.ectinduction.meetings.internal.ActionStatus;
import uk.ectinduction.meetings.internal.ActionThreads.ActionInput;
import uk.ectinduction.meetings.internal.ActionThreads.ReviewInput;
import uk.ectinduction.meetings.internal.ActivityKind;
import uk.ectinduction.meetings.internal.MeetingActivity;
import uk.ectinduction.meetings.internal.MeetingViews.MeetingView;
import uk.ectinduction.meetings.internal.NextStepAction.ActionText;
import uk.ectinduction.system.DateInput;

/**
 * What a meeting activity's form posts. Every activity has notes and the meeting's version; Review adds one row per
 * earlier action; Next steps adds action rows and the next meeting's date and time. Words and dates stay as typed
 * (strings), so a form with errors comes back exactly as it was; an outcome binds straight to its status. The
 * activity's kind and the meeting's date come from the server, never from the post: {@link ActivityFormValidator}
 * needs them.
 */
class ActivityForm {

    private final ActivityKind kind;
    private final LocalDate meetingOn;

    private long version;
    private String notes = "";
    private List<ReviewRow> reviews = new ArrayList<>();
    private List<ActionRow> actions = new ArrayList<>();
    private String nextDay = "";
    private String nextMonth = "";
    private String nextYear = "";
    private String nextTime = "";
    private String addAction;

    ActivityForm(ActivityKind kind, LocalDate meetingOn) {
        this.kind = kind;
        this.meetingOn = meetingOn;
    }

    /** The form as the activity stands: its notes, each review so far, the agreed actions and a blank one. */
    static ActivityForm of(MeetingView view, MeetingActivity activity) {
        ActivityForm form = new ActivityForm(activity.getKind(), view.meeting().getMeetsOn());
        form.version = view.meeting().getVersion();
        form.notes = activity.getNotes();
        if (activity.getKind() == ActivityKind.REVIEW) {
            view.reviews().forEach(item -> form.reviews.add(ReviewRow.of(item.review())));
        }
        if (activity.getKind() == ActivityKind.NEXT_STEPS) {
            view.actions().forEach(a -> form.actions.add(ActionRow.of(a)));
            form.actions.add(new ActionRow());
            if (view.nextMeeting() != null) {
                LocalDate next = view.nextMeeting().getMeetsOn();
                form.nextDay = String.valueOf(next.getDayOfMonth());
                form.nextMonth = String.valueOf(next.getMonthValue());
                form.nextYear = String.valueOf(next.getYear());
                LocalTime at = view.nextMeeting().getStartsAt();
                form.nextTime = at == null ? "" : at.toString();
            }
        }
        return form;
    }

    ActivityKind kind() {
        return kind;
    }

    LocalDate meetingOn() {
        return meetingOn;
    }

    /** The mentor asked for another blank action row rather than saving. */
    boolean addingAction() {
        return addAction != null && kind == ActivityKind.NEXT_STEPS;
    }

    /** The review rows as posted; an action left open has no outcome. */
    List<ReviewInput> reviewInputs() {
        return reviews.stream()
                .filter(row -> row.getActionId() != null)
                .map(row -> new ReviewInput(
                        row.getActionId(),
                        row.getWhatDone(),
                        row.getImpact(),
                        row.getEvaluation(),
                        row.getWhatNext(),
                        row.getOutcome() == ActionStatus.OPEN ? null : row.getOutcome()))
                .toList();
    }

    /** The action rows the mentor filled in (or that were agreed before), in order; blank new rows are left out. */
    List<ActionRow> filledActions() {
        return actions.stream()
                .filter(row -> !row.blank() || row.getId() != null)
                .toList();
    }

    /** The actions to agree; call once {@link ActivityFormValidator} has passed the form. */
    List<ActionInput> actionInputs() {
        List<ActionRow> filled = filledActions();
        List<ActionInput> inputs = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            ActionRow row = filled.get(i);
            inputs.add(new ActionInput(
                    row.getId(),
                    new ActionText(
                            clean(row.getAction()),
                            clean(row.getExpectedImpactOnPupilLearning()),
                            clean(row.getSuccessLooksLike()),
                            clean(row.getHowEvaluated()),
                            row.dueOn(i + 1).date())));
        }
        return inputs;
    }

    DateInput.Parsed nextMeetingOn() {
        return DateInput.date(nextDay, nextMonth, nextYear, "the date of the next meeting");
    }

    LocalTime nextMeetingAt() {
        return DateInput.time(nextTime);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    public void setAddAction(String addAction) {
        this.addAction = addAction;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<ReviewRow> getReviews() {
        return reviews;
    }

    public void setReviews(List<ReviewRow> reviews) {
        this.reviews = reviews;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public void setActions(List<ActionRow> actions) {
        this.actions = actions;
    }

    public String getNextDay() {
        return nextDay;
    }

    public void setNextDay(String nextDay) {
        this.nextDay = nextDay;
    }

    public String getNextMonth() {
        return nextMonth;
    }

    public void setNextMonth(String nextMonth) {
        this.nextMonth = nextMonth;
    }

    public String getNextYear() {
        return nextYear;
    }

    public void setNextYear(String nextYear) {
        this.nextYear = nextYear;
    }

    public String getNextTime() {
        return nextTime;
    }

    public void setNextTime(String nextTime) {
        this.nextTime = nextTime;
    }
}
