package uk.ectinduction.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MentorAssignmentRepository extends JpaRepository<MentorAssignment, Long> {

    @Query("""
            select distinct a from MentorAssignment a join fetch a.ect e left join fetch e.roles
            where a.mentor.id = :mentorId and a.endedOn is null order by e.displayName""")
    List<MentorAssignment> findCurrentByMentor(long mentorId);

    @Query("""
            select a from MentorAssignment a join fetch a.mentor
            where a.ect.id = :ectId order by a.startedOn desc, a.id desc""")
    List<MentorAssignment> findHistoryOfEct(long ectId);

    @Query("""
            select a from MentorAssignment a join fetch a.mentor join fetch a.ect
            where a.ect.id in :ectIds and a.endedOn is null""")
    List<MentorAssignment> findCurrentByEcts(Collection<Long> ectIds);

    @Query("""
            select distinct a from MentorAssignment a join fetch a.mentor m left join fetch m.roles
            where a.ect.id = :ectId and a.endedOn is null""")
    Optional<MentorAssignment> findCurrentByEct(long ectId);
}
