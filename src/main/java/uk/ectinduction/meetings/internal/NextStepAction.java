package uk.ectinduction.meetings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An action agreed in a meeting's Next steps: what the ECT will do and how it should improve pupil learning, what
 * success will look like, how it will be evaluated, and when it is due. Or a key action the ECT planned in a
 * training session: its words only, marked with the session it came from and belonging to no meeting, until a
 * mentor reviews it like any other. Ids are assigned from the sequence in one statement per save, so a save of any
 * number of actions is one batched insert.
 */
@Entity
@Table(name = "next_step_action")
public class NextStepAction {

    @Id
    private Long id;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "ect_id", nullable = false)
    private long ectId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String action;

    @Column(name = "expected_impact")
    private String expectedImpactOnPupilLearning;

    @Column(name = "success_looks_like")
    private String successLooksLike;

    @Column(name = "how_evaluated")
    private String howEvaluated;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "continues_action_id")
    private Long continuesAction;

    @Column(name = "progress_note")
    private String progressNote;

    @Column(name = "progress_updated_at")
    private Instant progressUpdatedAt;

    @Column(name = "training_session_id")
    private Long trainingSessionId;

    @Column(name = "training_session_title")
    private String trainingSessionTitle;

    @Column(name = "training_session_on")
    private LocalDate trainingSessionOn;

    @Version
    private long version;

    protected NextStepAction() {}

    NextStepAction(long id, long meetingId, long ectId, int position, ActionText text, Long continuesAction) {
        this.id = id;
        this.meetingId = meetingId;
        this.ectId = ectId;
        this.position = position;
        this.continuesAction = continuesAction;
        rewrite(position, text);
    }

    /** A key action from a training session: its words, and the session in place of a meeting. */
    static NextStepAction fromSession(long id, long ectId, int position, String action, SessionOrigin origin) {
        NextStepAction planned = new NextStepAction();
        planned.id = id;
        planned.ectId = ectId;
        planned.position = position;
        planned.action = action;
        planned.trainingSessionId = origin.sessionId();
        planned.trainingSessionTitle = origin.title();
        planned.trainingSessionOn = origin.on();
        return planned;
    }

    void rewrite(int newPosition, ActionText text) {
        this.position = newPosition;
        this.action = text.action();
        this.expectedImpactOnPupilLearning = text.expectedImpactOnPupilLearning();
        this.successLooksLike = text.successLooksLike();
        this.howEvaluated = text.howEvaluated();
        this.dueOn = text.dueOn();
    }

    ActionText text() {
        return new ActionText(action, expectedImpactOnPupilLearning, successLooksLike, howEvaluated, dueOn);
    }

    /**
     * The words of this action carried into the meeting that continues it: due when it was due, or a week after that
     * meeting if its due date has already come, so a continued action is never born overdue.
     */
    ActionText continuedAt(LocalDate meetingOn) {
        return new ActionText(
                action,
                expectedImpactOnPupilLearning,
                successLooksLike,
                howEvaluated,
                dueOn != null && dueOn.isAfter(meetingOn) ? dueOn : meetingOn.plusWeeks(1));
    }

    boolean sameTextAs(ActionText other) {
        return text().equals(other);
    }

    void review(ActionStatus outcome) {
        this.status = outcome == null ? ActionStatus.OPEN : outcome;
    }

    void recordProgress(String note) {
        this.progressNote = note;
        this.progressUpdatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    /** The meeting that agreed this action; null for an action from a training session. */
    public Long getMeetingId() {
        return meetingId;
    }

    public long getEctId() {
        return ectId;
    }

    public int getPosition() {
        return position;
    }

    public String getAction() {
        return action;
    }

    public String getExpectedImpactOnPupilLearning() {
        return expectedImpactOnPupilLearning;
    }

    public String getSuccessLooksLike() {
        return successLooksLike;
    }

    public String getHowEvaluated() {
        return howEvaluated;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public Long getContinuesAction() {
        return continuesAction;
    }

    public String getProgressNote() {
        return progressNote;
    }

    public Instant getProgressUpdatedAt() {
        return progressUpdatedAt;
    }

    public boolean isFromTrainingSession() {
        return trainingSessionId != null;
    }

    public Long getTrainingSessionId() {
        return trainingSessionId;
    }

    /** "From training session: <title>, <date>" for an action from a session; null for a meeting's. */
    public String getOrigin() {
        return isFromTrainingSession() ? SessionOrigin.label(trainingSessionTitle, trainingSessionOn) : null;
    }

    public long getVersion() {
        return version;
    }

    /** The words and due date of an action, as typed. */
    public record ActionText(
            String action,
            String expectedImpactOnPupilLearning,
            String successLooksLike,
            String howEvaluated,
            LocalDate dueOn) {}
}
