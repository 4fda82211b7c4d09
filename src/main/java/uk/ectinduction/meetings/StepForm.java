package uk.ectinduction.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a meeting step's form posts. Every step has notes and the meeting's version; Review adds one row per earlier
 * action; Next steps adds action rows and the next meeting's date and time. Everything stays as typed (strings), so
 * a form with errors comes back exactly as it was.
 */
public class StepForm {

    private long version;
    private String notes = "";
    private List<ReviewRow> reviews = new ArrayList<>();
    private List<ActionRow> actions = new ArrayList<>();
    private String nextDay = "";
    private String nextMonth = "";
    private String nextYear = "";
    private String nextTime = "";

    public static class ReviewRow {
        private Long actionId;
        private String whatDone = "";
        private String impact = "";
        private String evaluation = "";
        private String whatNext = "";
        private String outcome = "";

        public Long getActionId() {
            return actionId;
        }

        public void setActionId(Long actionId) {
            this.actionId = actionId;
        }

        public String getWhatDone() {
            return whatDone;
        }

        public void setWhatDone(String whatDone) {
            this.whatDone = whatDone;
        }

        public String getImpact() {
            return impact;
        }

        public void setImpact(String impact) {
            this.impact = impact;
        }

        public String getEvaluation() {
            return evaluation;
        }

        public void setEvaluation(String evaluation) {
            this.evaluation = evaluation;
        }

        public String getWhatNext() {
            return whatNext;
        }

        public void setWhatNext(String whatNext) {
            this.whatNext = whatNext;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }
    }

    public static class ActionRow {
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
            row.expectedImpactOnPupilLearning = a.getExpectedImpactOnPupilLearning();
            row.successLooksLike = a.getSuccessLooksLike();
            row.howEvaluated = a.getHowEvaluated();
            LocalDate due = a.getDueOn();
            row.dueDay = String.valueOf(due.getDayOfMonth());
            row.dueMonth = String.valueOf(due.getMonthValue());
            row.dueYear = String.valueOf(due.getYear());
            return row;
        }

        boolean blank() {
            return (action + expectedImpactOnPupilLearning + successLooksLike + howEvaluated + dueDay + dueMonth
                    + dueYear).isBlank();
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
