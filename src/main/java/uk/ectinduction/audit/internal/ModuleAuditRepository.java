package uk.ectinduction.audit.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ModuleAuditRepository extends JpaRepository<ModuleAudit, Long> {

    /** An ECT's sittings, oldest first, ratings fetched in the same query. */
    @EntityGraph(attributePaths = "ratings")
    @Query("select a from ModuleAudit a where a.ectId = :ectId order by a.createdAt, a.id")
    List<ModuleAudit> findByEct(long ectId);

    /** The sittings of many ECTs, for counts that name nobody. */
    @EntityGraph(attributePaths = "ratings")
    @Query("select a from ModuleAudit a where a.ectId in :ectIds order by a.createdAt, a.id")
    List<ModuleAudit> findByEcts(Collection<Long> ectIds);
}
