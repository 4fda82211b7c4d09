package uk.ectinduction.training.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import uk.ectinduction.training.SessionChange;
import uk.ectinduction.training.SessionException;
import uk.ectinduction.training.SessionStatus;

/**
 * One training session of a cohort on one week's tutor materials. Every change of when or where it is, and its
 * cancellation, adds a row to its history, so the history is complete by construction.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "tutor_id", nullable = false)
    private long tutorId;

    @Column(name = "materials_path", nullable = false)
    private String materialsPath;

    @Column(name = "materials_title", nullable = false)
    private String materialsTitle;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    private String place;

    @Column(name = "online_link")
    private String onlineLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<TrainingSessionChange> history = new ArrayList<>();

    protected TrainingSession() {}

    public TrainingSession(
            long cohortId,
            long tutorId,
            String materialsPath,
            String materialsTitle,
            LocalDate heldOn,
            LocalTime startsAt,
            String place,
            String onlineLink) {
        this.cohortId = cohortId;
        this.tutorId = tutorId;
        this.materialsPath = materialsPath;
        this.materialsTitle = materialsTitle;
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.place = place;
        this.onlineLink = onlineLink;
        record(SessionChange.Kind.SCHEDULED, tutorId, null);
    }

    public void reschedule(long byId, LocalDate on, LocalTime at, String newPlace, String newLink, String reason) {
        this.heldOn = on;
        this.startsAt = at;
        this.place = newPlace;
        this.onlineLink = newLink;
        record(SessionChange.Kind.RESCHEDULED, byId, reason);
    }

    public void cancel(long byId, String reason) {
        this.status = SessionStatus.CANCELLED;
        record(SessionChange.Kind.CANCELLED, byId, reason);
    }

    private void record(SessionChange.Kind kind, long byId, String reason) {
        updatedAt = Instant.now();
        history.add(new TrainingSessionChange(this, kind, byId, updatedAt, reason));
    }

    public Long getId() {
        return id;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getTutorId() {
        return tutorId;
    }

    public String getMaterialsPath() {
        return materialsPath;
    }

    public String getMaterialsTitle() {
        return materialsTitle;
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

    public SessionStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }

    public List<TrainingSessionChange> getHistory() {
        return history;
    }

    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }

    /** Whether its day has come: the register, the group's counts and the key actions are recorded from then on. */
    public boolean isHeldBy(LocalDate today) {
        return !heldOn.isAfter(today);
    }

    /** Refuses to record what happened at a session that has not yet been held, or never will be. */
    void checkRecordable(LocalDate today) {
        if (isCancelled()) {
            throw new SessionException("This session has been cancelled");
        }
        if (!isHeldBy(today)) {
            throw new SessionException("This can be recorded from the day of the session");
        }
    }
}
