package uk.ectinduction.training.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    /** Every session of these cohorts, in the order they are held. */
    @Query("""
            select s from TrainingSession s where s.cohortId in :cohortIds
             order by s.heldOn, s.startsAt, s.id""")
    List<TrainingSession> findForCohorts(Collection<Long> cohortIds);

    /** A cohort's sessions still to be held from a day on, cancelled ones left out. */
    @Query("""
            select s from TrainingSession s
             where s.cohortId = :cohortId and s.heldOn >= :from
               and s.status = uk.ectinduction.training.SessionStatus.SCHEDULED
             order by s.heldOn, s.startsAt, s.id""")
    List<TrainingSession> findComing(long cohortId, LocalDate from);
}
