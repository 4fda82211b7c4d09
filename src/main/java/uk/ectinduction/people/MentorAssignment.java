package uk.ectinduction.people;

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
class MentorAssignment {

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

    protected MentorAssignment() {
    }

    MentorAssignment(AppUser mentor, AppUser ect, LocalDate startedOn) {
        this.mentor = mentor;
        this.ect = ect;
        this.startedOn = startedOn;
    }

    AppUser getMentor() {
        return mentor;
    }

    AppUser getEct() {
        return ect;
    }

    LocalDate getStartedOn() {
        return startedOn;
    }

    LocalDate getEndedOn() {
        return endedOn;
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }
}
