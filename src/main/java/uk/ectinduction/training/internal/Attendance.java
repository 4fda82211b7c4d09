package uk.ectinduction.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.ectinduction.training.AttendanceMark;

/** One ECT's mark on a session's register. A reason is kept only for an absence or a late arrival. */
@Entity
@Table(name = "training_attendance")
public class Attendance {

    /** As the database allows (training_attendance.reason). */
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "ect_id", nullable = false, updatable = false)
    private long ectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceMark mark;

    private String reason;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendance() {}

    Attendance(long sessionId, long ectId) {
        this.sessionId = sessionId;
        this.ectId = ectId;
    }

    void mark(AttendanceMark mark, String reason, long by) {
        this.mark = mark;
        this.reason = mark == AttendanceMark.PRESENT ? null : reason;
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    public long getEctId() {
        return ectId;
    }

    public AttendanceMark getMark() {
        return mark;
    }

    public String getReason() {
        return reason;
    }
}
