package uk.ectinduction.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import uk.ectinduction.training.SessionChange;

/** A row of a session's history: the session as it stood right after a change. Never changed once written. */
@Entity
@Table(name = "training_session_change")
public class TrainingSessionChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TrainingSession session;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SessionChange.Kind kind;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private LocalTime startsAt;

    @Column(updatable = false)
    private String place;

    @Column(name = "online_link", updatable = false)
    private String onlineLink;

    @Column(updatable = false)
    private String reason;

    protected TrainingSessionChange() {}

    TrainingSessionChange(
            TrainingSession session, SessionChange.Kind kind, long changedBy, Instant changedAt, String reason) {
        this.session = session;
        this.kind = kind;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.heldOn = session.getHeldOn();
        this.startsAt = session.getStartsAt();
        this.place = session.getPlace();
        this.onlineLink = session.getOnlineLink();
        this.reason = reason;
    }

    public SessionChange.Kind getKind() {
        return kind;
    }

    public long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getReason() {
        return reason;
    }
}
