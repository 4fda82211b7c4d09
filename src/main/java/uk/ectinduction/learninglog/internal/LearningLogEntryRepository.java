package uk.ectinduction.learninglog.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LearningLogEntryRepository extends JpaRepository<LearningLogEntry, Long> {

    /** An ECT's whole log, newest first, statements fetched in the same query. */
    @EntityGraph(attributePaths = "statementCodes")
    @Query("select e from LearningLogEntry e where e.ectId = :ectId order by e.writtenOn desc, e.id desc")
    List<LearningLogEntry> findByEct(long ectId);
}
