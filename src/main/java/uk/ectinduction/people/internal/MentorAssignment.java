package uk.ectinduction.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A mentor supporting an ECT from one date, until {@code endedOn} when someone else takes over. */
@Entity
@Table(name = "mentor_assignment")
public class MentorAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentor_id")
    private AppUser mentor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ect_id")
    private AppUser ect;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected MentorAssignment() {}

    public MentorAssignment(AppUser mentor, AppUser ect, LocalDate startedOn) {
        this.mentor = mentor;
        this.ect = ect;
        this.startedOn = startedOn;
    }

    public AppUser getMentor() {
        return mentor;
    }

    public AppUser getEct() {
        return ect;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void end(LocalDate on) {
        this.endedOn = on;
    }
}
