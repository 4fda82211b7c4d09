package uk.ectinduction.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the mentor recorded about an earlier action in a meeting's Review: done, impact, evaluation, what next. */
@Entity
@Table(name = "action_review")
public class ActionReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "action_id", nullable = false)
    private long actionId;

    @Column(name = "what_done", nullable = false)
    private String whatDone = "";

    @Column(nullable = false)
    private String impact = "";

    @Column(nullable = false)
    private String evaluation = "";

    @Column(name = "what_next", nullable = false)
    private String whatNext = "";

    @Enumerated(EnumType.STRING)
    private ActionStatus outcome;

    protected ActionReview() {}

    ActionReview(long meetingId, long actionId) {
        this.meetingId = meetingId;
        this.actionId = actionId;
    }

    void record(String whatDone, String impact, String evaluation, String whatNext, ActionStatus outcome) {
        this.whatDone = clean(whatDone);
        this.impact = clean(impact);
        this.evaluation = clean(evaluation);
        this.whatNext = clean(whatNext);
        this.outcome = outcome;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getActionId() {
        return actionId;
    }

    public String getWhatDone() {
        return whatDone;
    }

    public String getImpact() {
        return impact;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public String getWhatNext() {
        return whatNext;
    }

    public ActionStatus getOutcome() {
        return outcome;
    }
}
