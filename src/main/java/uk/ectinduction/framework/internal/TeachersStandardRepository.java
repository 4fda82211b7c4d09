package uk.ectinduction.framework.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeachersStandardRepository extends JpaRepository<TeachersStandard, Integer> {

    /** All eight with their bullets, in one statement. */
    @EntityGraph(attributePaths = "bullets")
    List<TeachersStandard> findAllByOrderByNumber();
}
