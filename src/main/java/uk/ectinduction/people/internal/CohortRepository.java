package uk.ectinduction.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

    Optional<Cohort> findByNameIgnoreCase(String name);

    List<Cohort> findAllByOrderByNameAsc();

    @Query("select c from Cohort c join c.tutors t where t.id = :tutorId order by c.name")
    List<Cohort> findByTutor(long tutorId);
}
