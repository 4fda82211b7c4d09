package uk.ectinduction.training.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findBySessionId(long sessionId);

    /**
     * Per cohort and ECT, over the registers taken at these cohorts' sessions (cancelled ones left out): the
     * sessions attended (present or late) and the sessions marked. Rows of [cohortId, ectId, attended, marked].
     */
    @Query("""
            select s.cohortId, a.ectId,
                   sum(case when a.mark <> uk.ectinduction.training.AttendanceMark.ABSENT then 1 else 0 end),
                   count(a)
              from Attendance a, TrainingSession s
             where a.sessionId = s.id and s.cohortId in :cohortIds
               and s.status = uk.ectinduction.training.SessionStatus.SCHEDULED
             group by s.cohortId, a.ectId""")
    List<Object[]> ratesForCohorts(Collection<Long> cohortIds);
}
