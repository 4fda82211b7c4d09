package uk.ectinduction.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of an ECT's key actions from a session, in position 1 to 3. */
@Entity
@Table(name = "training_planned_action")
public class PlannedAction {

    /** As the database allows (training_planned_action.action). */
    public static final int MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "ect_id", nullable = false, updatable = false)
    private long ectId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt = Instant.now();

    protected PlannedAction() {}

    PlannedAction(long sessionId, long ectId, int position, String action, long recordedBy) {
        this.sessionId = sessionId;
        this.ectId = ectId;
        this.position = position;
        this.action = action;
        this.recordedBy = recordedBy;
    }

    public long getEctId() {
        return ectId;
    }

    public String getAction() {
        return action;
    }
}
