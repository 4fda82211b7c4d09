package uk.ectinduction.meetings.web;

import uk.ectinduction.meetings.internal.ActionReview;
import uk.ectinduction.meetings.internal.ActionStatus;

/** One earlier action's review as the Review activity's form posts it. */
class ReviewRow {
    private Long actionId;
    private String whatDone = "";
    private String impact = "";
    private String evaluation = "";
    private String whatNext = "";
    private ActionStatus outcome;

    static ReviewRow of(ActionReview review) {
        ReviewRow row = new ReviewRow();
        row.actionId = review.getActionId();
        row.whatDone = review.getWhatDone();
        row.impact = review.getImpact();
        row.evaluation = review.getEvaluation();
        row.whatNext = review.getWhatNext();
        row.outcome = review.getOutcome();
        return row;
    }

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

    public ActionStatus getOutcome() {
        return outcome;
    }

    public void setOutcome(ActionStatus outcome) {
        this.outcome = outcome;
    }
}
