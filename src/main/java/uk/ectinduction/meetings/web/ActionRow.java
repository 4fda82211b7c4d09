package uk.ectinduction.meetings.web;

import java.time.LocalDate;
import java.util.Objects;
import uk.ectinduction.meetings.internal.NextStepAction;
import uk.ectinduction.system.DateInput;

/** One action as the Next steps form posts it: its four answers and due date, as typed. */
class ActionRow {
    private Long id;
    private String action = "";
    private String expectedImpactOnPupilLearning = "";
    private String successLooksLike = "";
    private String howEvaluated = "";
    private String dueDay = "";
    private String dueMonth = "";
    private String dueYear = "";

    static ActionRow of(NextStepAction a) {
        ActionRow row = new ActionRow();
        row.id = a.getId();
        row.action = a.getAction();
        // A continued session action comes with its words only: its other answers are agreed here.
        row.expectedImpactOnPupilLearning = Objects.requireNonNullElse(a.getExpectedImpactOnPupilLearning(), "");
        row.successLooksLike = Objects.requireNonNullElse(a.getSuccessLooksLike(), "");
        row.howEvaluated = Objects.requireNonNullElse(a.getHowEvaluated(), "");
        LocalDate due = a.getDueOn();
        row.dueDay = String.valueOf(due.getDayOfMonth());
        row.dueMonth = String.valueOf(due.getMonthValue());
        row.dueYear = String.valueOf(due.getYear());
        return row;
    }

    boolean blank() {
        return (action + expectedImpactOnPupilLearning + successLooksLike + howEvaluated + dueDay + dueMonth + dueYear)
                .isBlank();
    }

    /** The due date as typed; {@code number} names the action in a problem with it. */
    DateInput.Parsed dueOn(int number) {
        return DateInput.date(dueDay, dueMonth, dueYear, "the due date of action " + number);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getExpectedImpactOnPupilLearning() {
        return expectedImpactOnPupilLearning;
    }

    public void setExpectedImpactOnPupilLearning(String expectedImpactOnPupilLearning) {
        this.expectedImpactOnPupilLearning = expectedImpactOnPupilLearning;
    }

    public String getSuccessLooksLike() {
        return successLooksLike;
    }

    public void setSuccessLooksLike(String successLooksLike) {
        this.successLooksLike = successLooksLike;
    }

    public String getHowEvaluated() {
        return howEvaluated;
    }

    public void setHowEvaluated(String howEvaluated) {
        this.howEvaluated = howEvaluated;
    }

    public String getDueDay() {
        return dueDay;
    }

    public void setDueDay(String dueDay) {
        this.dueDay = dueDay;
    }

    public String getDueMonth() {
        return dueMonth;
    }

    public void setDueMonth(String dueMonth) {
        this.dueMonth = dueMonth;
    }

    public String getDueYear() {
        return dueYear;
    }

    public void setDueYear(String dueYear) {
        this.dueYear = dueYear;
    }
}
