package uk.ectinduction.training.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StatementCountRepository extends JpaRepository<StatementCount, Long> {

    List<StatementCount> findBySessionId(long sessionId);

    @Modifying(flushAutomatically = true)
    @Query("delete from StatementCount c where c.sessionId = :sessionId and c.sectionNumber = :sectionNumber")
    void deleteSection(long sessionId, int sectionNumber);
}
