package uk.ectinduction.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The cohort an ECT belongs to (at most one). */
@Entity
@Table(name = "cohort_membership")
public class CohortMembership {

    @Id
    @Column(name = "ect_id")
    private Long ectId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    protected CohortMembership() {}

    public CohortMembership(long ectId, Cohort cohort, LocalDate joinedOn) {
        this.ectId = ectId;
        this.cohort = cohort;
        this.joinedOn = joinedOn;
    }

    public Long getEctId() {
        return ectId;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public void moveTo(Cohort cohort, LocalDate on) {
        this.cohort = cohort;
        this.joinedOn = on;
    }
}
