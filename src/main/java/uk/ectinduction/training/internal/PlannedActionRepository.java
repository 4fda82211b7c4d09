package uk.ectinduction.training.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlannedActionRepository extends JpaRepository<PlannedAction, Long> {

    List<PlannedAction> findBySessionIdOrderByEctIdAscPositionAsc(long sessionId);

    List<PlannedAction> findBySessionIdAndEctIdOrderByPosition(long sessionId, long ectId);

    @Modifying(flushAutomatically = true)
    @Query("delete from PlannedAction a where a.sessionId = :sessionId and a.ectId = :ectId")
    void deleteForEct(long sessionId, long ectId);
}
