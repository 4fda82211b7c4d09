package uk.ectinduction.people.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CohortMembershipRepository extends JpaRepository<CohortMembership, Long> {

    @Query("select m from CohortMembership m join fetch m.cohort where m.ectId in :ectIds")
    List<CohortMembership> findByEctIds(Collection<Long> ectIds);

    @Query("select m.cohort.id, count(m) from CohortMembership m group by m.cohort.id")
    List<Object[]> countByCohort();

    @Query("select m.ectId from CohortMembership m where m.cohort.id = :cohortId")
    List<Long> findEctIdsByCohortId(long cohortId);
}
